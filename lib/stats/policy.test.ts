import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { makeUser } from "../testing/fixtures";
import type { Actor } from "../auth/actor";
import { exportReport } from "./export-report";
import { printReport } from "./print-report";
import { getMonthlyStats, getStats } from "./get-stats";
import { codeOf, NOV, statsWorld, type StatsWorld } from "./test-fixtures";

let w: StatsWorld;
let others: Actor[];

beforeAll(async () => {
  w = await statsWorld();
  others = [w.counselor, w.hotline, w.carer, w.teacher, w.mediator, w.resident, await makeUser(w.db, "multi", ["counselor", "hotline", "mediator", "carer", "teacher"])];
});

const audited = () => w.db.select({ n: sql<number>`count(*)` }).from(auditLog).where(eq(auditLog.action, "stats.export")).get()?.n ?? 0;

describe("who may see and export the statistics", () => {
  it("lets an admin read any month", () => {
    expect(codeOf(() => getStats(w.ctx(w.admin), NOV))).toBe("ok");
    expect(getMonthlyStats(w.ctx(w.admin), { month: "2026-11" }).period).toMatchObject({ kind: "month", code: "2026-11", label: "2026年11月", from: "2026-11-01", to: "2026-11-30" });
  });

  it("refuses every other role, whatever combination of staff roles they hold", async () => {
    for (const actor of others) {
      expect(codeOf(() => getStats(w.ctx(actor), NOV)), actor.username).toBe("forbidden");
      expect(codeOf(() => getMonthlyStats(w.ctx(actor), { month: "2026-11" })), actor.username).toBe("forbidden");
      expect(codeOf(() => printReport(w.ctx(actor), NOV)), actor.username).toBe("forbidden");
      await expect(exportReport(w.ctx(actor), NOV, "xlsx"), actor.username).rejects.toMatchObject({ code: "forbidden" });
    }
    expect(audited()).toBe(0);
  });

  it("answers a month that is not a month with a validation error", () => {
    for (const month of ["2026-13", "2026-Q4", "2026", "11-2026", ""]) expect(codeOf(() => getMonthlyStats(w.ctx(w.admin), { month })), month).toBe("validation");
  });
});
