import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { mediationCases } from "@/db/schema";
import { getStats } from "./get-stats";
import { local, NOV, NOW, statsWorld, type StatsWorld } from "./test-fixtures";

let w: StatsWorld;
let seq = 0;

const caseRow = (created: string) => {
  seq++;
  return { caseNo: `(2026)安康人调字第${String(seq).padStart(4, "0")}号`, year: 2026, seq, source: "application" as const, disputeType: "neighbour" as const, summary: "纠纷", riskColor: "green" as const, status: "registered" as const, createdBy: w.mediator.userId, createdAt: local(created) };
};

beforeAll(async () => {
  w = await statsWorld();
});

describe("getStats keeps figures only while nothing is written", () => {
  it("gives the same figures again, and no caller can change them for the next", () => {
    const ctx = w.ctx(w.admin, NOW);
    const a = getStats(ctx, NOV);
    expect(() => {
      a.mediation.opened = 999;
    }).toThrow(TypeError);
    expect(() => a.previous.care.byColor.push({} as never)).toThrow(TypeError);
    const b = getStats(ctx, NOV);
    expect(b.mediation.opened).toBe(0);
    expect(b.mediation).toBe(a.mediation);
  });

  it("counts a row written through the app's own connection at once", () => {
    const ctx = w.ctx(w.admin, NOW);
    const before = getStats(ctx, NOV).mediation.opened;
    w.db.insert(mediationCases).values(caseRow("2026-11-10 09:00")).run();
    expect(getStats(ctx, NOV).mediation.opened).toBe(before + 1);
  });

  it("counts a row committed by another connection (a script, a second process) at once", () => {
    const ctx = w.ctx(w.admin, NOW);
    const before = getStats(ctx, NOV).mediation.opened;
    const other = new Database(w.db.$client.name);
    const r = caseRow("2026-11-11 09:00");
    other
      .prepare("INSERT INTO mediation_cases (case_no, year, seq, source, dispute_type, summary, risk_color, status, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
      .run(r.caseNo, r.year, r.seq, r.source, r.disputeType, r.summary, r.riskColor, r.status, r.createdBy, r.createdAt.getTime());
    other.close();
    expect(getStats(ctx, NOV).mediation.opened).toBe(before + 1);
  });

  it("reads fresh inside a transaction, and after a rollback no longer counts the rolled-back row", () => {
    const ctx = w.ctx(w.admin, NOW);
    const before = getStats(ctx, NOV).mediation.opened;
    expect(() =>
      w.db.transaction(() => {
        w.db.insert(mediationCases).values(caseRow("2026-11-12 09:00")).run();
        expect(getStats(ctx, NOV).mediation.opened).toBe(before + 1);
        throw new Error("roll back");
      }),
    ).toThrow("roll back");
    expect(getStats(ctx, NOV).mediation.opened).toBe(before);
  });
});
