import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { careMemberships } from "@/db/schema";
import { ctxFor } from "../testing/fixtures";
import { exitPerson } from "./exit-person";
import { auditsOf, enrol, failure, local, NOW, personRow, world, type World } from "./test-helpers";

let w: World;
beforeAll(async () => {
  w = await world();
});

describe("exitPerson", () => {
  it("ends care with reason and date: no more due date, every group ended, file kept, audited", () => {
    const id = enrol(w, w.carer, { group: "corrections", riskColor: "red" }, local("2026-06-01T09:00:00"));
    expect(exitPerson(ctxFor(w.db, w.carer, NOW), id, { reason: "矫正期满解除", exitedOn: "2026-11-28" })).toEqual({ status: "exited", exitedOn: "2026-11-28" });
    expect(personRow(w.db, id)).toMatchObject({ status: "exited", exitReason: "矫正期满解除", exitedOn: "2026-11-28", exitedBy: w.carer.userId, nextVisitDue: null });
    expect(w.db.select().from(careMemberships).where(eq(careMemberships.personId, id)).all().every((m) => m.endedAt !== null)).toBe(true);
    expect(auditsOf(w.db, "care.person.exit").some((a) => a.entityId === String(id))).toBe(true);
  });

  it("refuses exiting twice (409), a future or pre-entry date (422), an unassigned carer (404), a teacher (403)", () => {
    const id = enrol(w, w.carer, {}, local("2026-11-10T09:00:00"));
    expect(failure(() => exitPerson(ctxFor(w.db, w.carer, NOW), id, { reason: "迁居", exitedOn: "2026-12-01" }))).toEqual({ code: "validation", status: 422, fields: ["exitedOn"] });
    expect(failure(() => exitPerson(ctxFor(w.db, w.carer, NOW), id, { reason: "迁居", exitedOn: "2026-11-01" }))).toEqual({ code: "validation", status: 422, fields: ["exitedOn"] });
    expect(failure(() => exitPerson(ctxFor(w.db, w.carer2, NOW), id, { reason: "迁居", exitedOn: "2026-11-30" }))).toMatchObject({ status: 404 });
    expect(failure(() => exitPerson(ctxFor(w.db, w.teacher, NOW), id, { reason: "迁居", exitedOn: "2026-11-30" }))).toMatchObject({ status: 403 });
    exitPerson(ctxFor(w.db, w.carer, NOW), id, { reason: "迁居", exitedOn: "2026-11-30" });
    expect(failure(() => exitPerson(ctxFor(w.db, w.carer, NOW), id, { reason: "迁居", exitedOn: "2026-11-30" }))).toMatchObject({ code: "conflict", status: 409 });
  });
});
