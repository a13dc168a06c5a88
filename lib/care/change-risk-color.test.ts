import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { careRiskHistory } from "@/db/schema";
import { ctxFor } from "../testing/fixtures";
import { changeRiskColor } from "./change-risk-color";
import { changeRiskColorSchema } from "./schemas";
import { auditsOf, enrol, failure, local, NOW, personRow, world, type World } from "./test-helpers";
import { recordVisit } from "./record-visit";
import { visitInput } from "./test-helpers";

let w: World;
beforeAll(async () => {
  w = await world();
});

describe("changeRiskColor", () => {
  it("keeps the reason in the history and recomputes the due date from the last visit", () => {
    const id = enrol(w, w.carer, { riskColor: "green" }, local("2026-11-01T09:00:00"));
    recordVisit(ctxFor(w.db, w.carer, local("2026-11-20T10:00:00")), id, visitInput({ visitedAt: "2026-11-20T09:00:00+08:00" }));
    expect(personRow(w.db, id).nextVisitDue).toBe("2026-12-20");
    // Red: 7 days after the 20th is already past on the 30th — overdue at once.
    expect(changeRiskColor(ctxFor(w.db, w.carer, NOW), id, { riskColor: "red", reason: "家属反映近期情绪激动" })).toEqual({ riskColor: "red", nextVisitDue: "2026-11-27" });
    const h = w.db.select().from(careRiskHistory).where(eq(careRiskHistory.personId, id)).all();
    expect(h.at(-1)).toMatchObject({ fromColor: "green", toColor: "red", reason: "家属反映近期情绪激动", visitId: null, byUserId: w.carer.userId, at: NOW });
    const audit = auditsOf(w.db, "care.color.change").find((a) => a.entityId === String(id))!;
    expect(JSON.parse(audit.details!)).toEqual({ from: "green", to: "red" });
  });

  it("needs a reason (422), refuses the same colour (409), an unassigned carer (404) and other roles (403)", () => {
    const id = enrol(w, w.carer, { riskColor: "yellow" });
    expect(changeRiskColorSchema.safeParse({ riskColor: "red", reason: "  " }).success).toBe(false);
    expect(changeRiskColorSchema.safeParse({ riskColor: "red" }).success).toBe(false);
    expect(failure(() => changeRiskColor(ctxFor(w.db, w.carer, NOW), id, { riskColor: "yellow", reason: "复核" }))).toMatchObject({ code: "conflict", status: 409 });
    expect(failure(() => changeRiskColor(ctxFor(w.db, w.carer2, NOW), id, { riskColor: "red", reason: "x" }))).toMatchObject({ code: "not_found", status: 404 });
    expect(failure(() => changeRiskColor(ctxFor(w.db, w.teacher, NOW), id, { riskColor: "red", reason: "x" }))).toMatchObject({ code: "forbidden", status: 403 });
    expect(failure(() => changeRiskColor(ctxFor(w.db, w.resident, NOW), id, { riskColor: "red", reason: "x" }))).toMatchObject({ code: "forbidden", status: 403 });
    expect(personRow(w.db, id).riskColor).toBe("yellow");
    expect(changeRiskColor(ctxFor(w.db, w.admin, NOW), id, { riskColor: "red", reason: "管理员复核" }).riskColor).toBe("red");
  });
});
