import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { careRiskHistory, careVisits } from "@/db/schema";
import { ctxFor } from "../testing/fixtures";
import { fieldErrorsOf } from "../zod";
import { changeRiskColor } from "./change-risk-color";
import { exitPerson } from "./exit-person";
import { recordVisit } from "./record-visit";
import { recordVisitSchema } from "./schemas";
import { auditsOf, enrol, failure, local, NOW, personRow, visitInput, world, type World } from "./test-helpers";

let w: World;
beforeAll(async () => {
  w = await world();
});

describe("recordVisit and the next due date (the clock set by the test)", () => {
  it("a red person with no visit is due at once; after a visit, 7 days later; a change to green moves it to 30 days", () => {
    const registeredAt = local("2026-11-02T09:00:00");
    const id = enrol(w, w.carer, { riskColor: "red" }, registeredAt);
    expect(personRow(w.db, id).nextVisitDue).toBe("2026-11-02");

    const visitDay = local("2026-11-05T15:00:00");
    const r = recordVisit(ctxFor(w.db, w.carer, visitDay), id, visitInput({ visitedAt: "2026-11-05T14:00:00+08:00" }));
    expect(r).toMatchObject({ nextVisitDue: "2026-11-12", riskColor: "red", duplicate: false });
    expect(personRow(w.db, id)).toMatchObject({ nextVisitDue: "2026-11-12", lastVisitAt: local("2026-11-05T14:00:00") });

    const c = changeRiskColor(ctxFor(w.db, w.carer, local("2026-11-06T10:00:00")), id, { riskColor: "green", reason: "情绪稳定，家属陪伴" });
    expect(c).toEqual({ riskColor: "green", nextVisitDue: "2026-12-05" });
    expect(personRow(w.db, id).nextVisitDue).toBe("2026-12-05");
  });

  it("a visit that changes the colour grades the person, keeps history with the visit, and schedules by the new colour", () => {
    const id = enrol(w, w.carer, { riskColor: "green" }, local("2026-10-01T09:00:00"));
    const r = recordVisit(ctxFor(w.db, w.carer, NOW), id, visitInput({ visitedAt: "2026-11-30T09:30:00+08:00", riskColor: "red", colorReason: "近期情绪低落，有轻生念头" }));
    expect(r).toMatchObject({ riskColor: "red", nextVisitDue: "2026-12-07" });
    expect(personRow(w.db, id).riskColor).toBe("red");
    const visit = w.db.select().from(careVisits).where(eq(careVisits.id, r.id)).get()!;
    expect(visit).toMatchObject({ colorBefore: "green", colorAfter: "red", kind: "home", visitorIds: [w.carer.userId], createdBy: w.carer.userId });
    const history = w.db.select().from(careRiskHistory).where(eq(careRiskHistory.personId, id)).all();
    expect(history.map((h) => [h.fromColor, h.toColor, h.visitId])).toEqual([
      [null, "green", null],
      ["green", "red", r.id],
    ]);
    const audit = auditsOf(w.db, "care.visit.create").find((a) => a.entityId === String(id))!;
    expect(JSON.parse(audit.details!)).toMatchObject({ visitId: r.id, colorBefore: "green", colorAfter: "red" });
    expect(audit.details).not.toContain("轻生");
  });

  it("a visit late in the local evening counts for that local day, though the server runs in New York", () => {
    const id = enrol(w, w.carer, { riskColor: "yellow" }, local("2026-11-01T09:00:00"));
    const r = recordVisit(ctxFor(w.db, w.carer, local("2026-11-30T23:50:00")), id, visitInput({ visitedAt: "2026-11-30T23:40:00+08:00" }));
    expect(r.nextVisitDue).toBe("2026-12-14");
  });

  it("recording an older visit after a newer one keeps the schedule on the newest", () => {
    const id = enrol(w, w.carer, { riskColor: "red" }, local("2026-11-01T09:00:00"));
    recordVisit(ctxFor(w.db, w.carer, NOW), id, visitInput({ visitedAt: "2026-11-28T10:00:00+08:00" }));
    const r = recordVisit(ctxFor(w.db, w.carer, NOW), id, visitInput({ visitedAt: "2026-11-10T10:00:00+08:00", kind: "phone" }));
    expect(r.nextVisitDue).toBe("2026-12-05");
  });

  it("a double submit with the same clientKey makes one visit", () => {
    const id = enrol(w, w.carer, { riskColor: "red" });
    const input = visitInput({ clientKey: "form-abc-12345", riskColor: "yellow" });
    const a = recordVisit(ctxFor(w.db, w.carer, NOW), id, input);
    const b = recordVisit(ctxFor(w.db, w.carer, NOW), id, input);
    expect(b).toEqual({ ...a, duplicate: true });
    expect(w.db.select().from(careVisits).where(eq(careVisits.personId, id)).all()).toHaveLength(1);
    expect(w.db.select().from(careRiskHistory).where(eq(careRiskHistory.personId, id)).all()).toHaveLength(2);
    // The same key for another person is a conflict, not a silent success.
    const other = enrol(w, w.carer);
    expect(failure(() => recordVisit(ctxFor(w.db, w.carer, NOW), other, input))).toMatchObject({ code: "conflict", status: 409 });
  });

  it("refuses: an unassigned carer 404, teacher/counsellor/resident 403, an exited person 409, bad times and visitors 422", () => {
    const id = enrol(w, w.carer);
    const before = w.db.select().from(careVisits).all().length;
    expect(failure(() => recordVisit(ctxFor(w.db, w.carer2, NOW), id, visitInput()))).toMatchObject({ code: "not_found", status: 404 });
    expect(failure(() => recordVisit(ctxFor(w.db, w.carer2, NOW), 999999, visitInput()))).toMatchObject({ code: "not_found", status: 404 });
    for (const actor of [w.teacher, w.counselor, w.resident]) expect(failure(() => recordVisit(ctxFor(w.db, actor, NOW), id, visitInput()))).toMatchObject({ code: "forbidden", status: 403 });
    expect(failure(() => recordVisit(ctxFor(w.db, w.carer, NOW), id, visitInput({ visitedAt: "2026-11-30T12:00:00+08:00" })))).toEqual({ code: "validation", status: 422, fields: ["visitedAt"] });
    expect(failure(() => recordVisit(ctxFor(w.db, w.carer, NOW), id, visitInput({ visitedAt: "2025-10-01T12:00:00+08:00" })))).toEqual({ code: "validation", status: 422, fields: ["visitedAt"] });
    expect(failure(() => recordVisit(ctxFor(w.db, w.carer, NOW), id, visitInput({ visitorIds: [w.resident.userId] })))).toEqual({ code: "validation", status: 422, fields: ["visitorIds"] });
    expect(w.db.select().from(careVisits).all()).toHaveLength(before);

    exitPerson(ctxFor(w.db, w.carer, NOW), id, { reason: "矫正期满", exitedOn: "2026-11-30" });
    expect(failure(() => recordVisit(ctxFor(w.db, w.carer, NOW), id, visitInput()))).toMatchObject({ code: "conflict", status: 409 });
    expect(personRow(w.db, id).nextVisitDue).toBeNull();
  });

  it("admin may record a visit to anyone, naming the carers who went", () => {
    const id = enrol(w, w.carer);
    const r = recordVisit(ctxFor(w.db, w.admin, NOW), id, visitInput({ visitorIds: [w.carer.userId, w.carer2.userId], kind: "centre" }));
    expect(w.db.select({ v: careVisits.visitorIds }).from(careVisits).where(eq(careVisits.id, r.id)).get()!.v).toEqual([w.carer.userId, w.carer2.userId]);
  });
});

describe("recordVisitSchema (422s)", () => {
  const base = { visitedAt: "2026-11-30T09:00:00+08:00", kind: "home", observations: { family: "家中整洁" } };
  const fields = (v: unknown) => {
    const r = recordVisitSchema.safeParse(v);
    return r.success ? "ok" : Object.keys(fieldErrorsOf(r.error)).sort();
  };
  it("accepts the API.md shape and refuses the rest", () => {
    expect(fields(base)).toBe("ok");
    expect(fields({ ...base, visitedAt: "2026-11-30T09:00:00" })).toEqual(["visitedAt"]);
    expect(fields({ ...base, kind: "email" })).toEqual(["kind"]);
    expect(fields({ ...base, observations: {} })).toEqual(["observations"]);
    expect(fields({ ...base, observations: { family: "   " } })).toEqual(["observations"]);
    expect(fields({ ...base, observations: { family: "好", mood: "好" } })).toEqual(["observations.mood"]);
    expect(fields({ ...base, riskColor: "blue" })).toEqual(["riskColor"]);
    expect(fields({ ...base, personId: 3 })).toEqual(["personId"]);
    expect(fields({ ...base, referralNote: "请咨询师跟进" })).toEqual(["referral"]);
    expect(fields({ ...base, clientKey: "x" })).toEqual(["clientKey"]);
  });
});
