import { beforeAll, describe, expect, it } from "vitest";
import { eq, inArray } from "drizzle-orm";
import { careActivities, careRiskHistory, careVisits } from "@/db/schema";
import { ctxFor } from "../testing/fixtures";
import { fieldErrorsOf } from "../zod";
import { exitPerson } from "./exit-person";
import { recordGroupActivity } from "./record-group-activity";
import { recordActivitySchema } from "./schemas";
import { auditsOf, enrol, failure, local, NOW, personRow, world, type World } from "./test-helpers";

let w: World;
beforeAll(async () => {
  w = await world();
});

const input = (personIds: number[], over: Record<string, unknown> = {}) =>
  recordActivitySchema.parse({ title: "重阳节慰问失独家庭", heldAt: "2026-11-28T09:30:00+08:00", location: "社区活动室", participants: personIds.map((personId) => ({ personId })), ...over });

describe("recordGroupActivity", () => {
  it("records one activity visit per participant in one go, each person's schedule moving on", () => {
    const a = enrol(w, w.carer, { riskColor: "red" }, local("2026-11-01T09:00:00"));
    const b = enrol(w, w.carer, { riskColor: "green" }, local("2026-11-01T09:00:00"));
    const r = recordGroupActivity(ctxFor(w.db, w.carer, NOW), recordActivitySchema.parse({ title: "重阳节慰问", heldAt: "2026-11-28T09:30:00+08:00", participants: [{ personId: a }, { personId: b, riskColor: "yellow" }] }));
    expect(r.visitIds).toHaveLength(2);
    const visits = w.db.select().from(careVisits).where(inArray(careVisits.id, r.visitIds)).all();
    expect(visits.every((v) => v.kind === "activity" && v.activityId === r.id)).toBe(true);
    expect(personRow(w.db, a).nextVisitDue).toBe("2026-12-05");
    expect(personRow(w.db, b)).toMatchObject({ riskColor: "yellow", nextVisitDue: "2026-12-12" });
    expect(w.db.select().from(careRiskHistory).where(eq(careRiskHistory.personId, b)).all().at(-1)).toMatchObject({ fromColor: "green", toColor: "yellow", visitId: visits.find((v) => v.personId === b)!.id });
    expect(auditsOf(w.db, "care.activity.record").find((x) => x.entityId === String(r.id))).toMatchObject({ entityType: "care_activity" });
  });

  it("writes nothing when one participant is not the carer's (404) or has left care (409)", () => {
    const mine = enrol(w, w.carer);
    const theirs = enrol(w, w.carer2);
    const gone = enrol(w, w.carer);
    exitPerson(ctxFor(w.db, w.carer, NOW), gone, { reason: "迁居", exitedOn: "2026-11-30" });
    const before = w.db.select().from(careVisits).all().length;
    const acts = w.db.select().from(careActivities).all().length;
    expect(failure(() => recordGroupActivity(ctxFor(w.db, w.carer, NOW), input([mine, theirs])))).toMatchObject({ status: 404 });
    expect(failure(() => recordGroupActivity(ctxFor(w.db, w.carer, NOW), input([mine, gone])))).toMatchObject({ status: 409 });
    expect(failure(() => recordGroupActivity(ctxFor(w.db, w.teacher, NOW), input([mine])))).toMatchObject({ status: 403 });
    expect(failure(() => recordGroupActivity(ctxFor(w.db, w.carer, NOW), input([mine], { heldAt: "2026-12-24T09:00:00+08:00" })))).toEqual({ code: "validation", status: 422, fields: ["heldAt"] });
    expect(w.db.select().from(careVisits).all()).toHaveLength(before);
    expect(w.db.select().from(careActivities).all()).toHaveLength(acts);
  });

  it("a repeated submit with the same clientKey records the activity once", () => {
    const p = enrol(w, w.carer);
    const i = input([p], { clientKey: "activity-key-0001" });
    const first = recordGroupActivity(ctxFor(w.db, w.carer, NOW), i);
    expect(recordGroupActivity(ctxFor(w.db, w.carer, NOW), i)).toEqual({ ...first, duplicate: true });
    expect(w.db.select().from(careVisits).where(eq(careVisits.personId, p)).all()).toHaveLength(1);
  });

  it("the schema refuses no participants, duplicates and a time without offset", () => {
    const fields = (v: unknown) => {
      const r = recordActivitySchema.safeParse(v);
      return r.success ? "ok" : Object.keys(fieldErrorsOf(r.error)).sort();
    };
    const base = { title: "活动", heldAt: "2026-11-28T09:30:00+08:00", participants: [{ personId: 1 }] };
    expect(fields(base)).toBe("ok");
    expect(fields({ ...base, participants: [] })).toEqual(["participants"]);
    expect(fields({ ...base, participants: [{ personId: 1 }, { personId: 1 }] })).toEqual(["participants"]);
    expect(fields({ ...base, heldAt: "2026-11-28 09:30" })).toEqual(["heldAt"]);
    expect(fields({ ...base, title: "" })).toEqual(["title"]);
  });
});
