import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { careAssignments, careMemberships, carePersons, careRiskHistory, residents } from "@/db/schema";
import { ctxFor } from "../testing/fixtures";
import { fieldErrorsOf } from "../zod";
import { exitPerson } from "./exit-person";
import { registerPerson } from "./register-person";
import { registerPersonSchema } from "./schemas";
import { auditsOf, enrol, failure, makeResident, NOW, personRow, world, type World } from "./test-helpers";

let w: World;
beforeAll(async () => {
  w = await world();
});

const parse = (v: unknown) => registerPersonSchema.parse(v);
const fieldsOf = (v: unknown) => {
  const r = registerPersonSchema.safeParse(v);
  return r.success ? "ok" : Object.keys(fieldErrorsOf(r.error)).sort();
};

describe("registerPerson", () => {
  it("takes a resident from the register into care: due at once, the carer assigned, history from nothing, audited", () => {
    const residentId = makeResident(w.db);
    const r = registerPerson(ctxFor(w.db, w.carer, NOW), parse({ residentId, group: "bereaved", riskColor: "red", details: { familySituation: "独子 2019 年病故，老两口同住" } }));
    expect(r).toMatchObject({ residentId, nextVisitDue: "2026-11-30" });
    const p = personRow(w.db, r.id);
    expect(p).toMatchObject({ status: "active", riskColor: "red", registeredOn: "2026-11-30", nextVisitDue: "2026-11-30", lastVisitAt: null, createdBy: w.carer.userId });
    expect(w.db.select().from(careAssignments).where(eq(careAssignments.personId, r.id)).all().map((a) => a.carerId)).toEqual([w.carer.userId]);
    const m = w.db.select().from(careMemberships).where(eq(careMemberships.personId, r.id)).all();
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ group: "bereaved", legalBasis: "consent", leftBehindKind: null, details: { familySituation: "独子 2019 年病故，老两口同住" }, basisRecordedBy: w.carer.userId });
    expect(w.db.select().from(careRiskHistory).where(eq(careRiskHistory.personId, r.id)).all()).toMatchObject([{ fromColor: null, toColor: "red", byUserId: w.carer.userId }]);
    const audit = auditsOf(w.db, "care.person.register").find((a) => a.entityId === String(r.id))!;
    expect(audit).toMatchObject({ actorId: w.carer.userId, entityType: "care_person", outcome: "success" });
    expect(audit.details).not.toContain("病故");
    // The register now records the basis on which the centre processes this person's data.
    expect(w.db.select({ b: residents.consentBasis }).from(residents).where(eq(residents.id, residentId)).get()!.b).toBe("consent");
  });

  it("creates the resident inline when they are not in the register yet", () => {
    const r = registerPerson(
      ctxFor(w.db, w.carer, NOW),
      parse({ person: { name: "新居民甲", gender: "male", birthYear: 1962, phone: "13839399999", address: "胜利路社区 3 号楼" }, group: "corrections", riskColor: "yellow", details: { termStart: "2026-06-01", termEnd: "2027-05-31", supervisingOffice: "濮上司法所" } }),
    );
    const res = w.db.select().from(residents).where(eq(residents.id, r.residentId)).get()!;
    expect(res).toMatchObject({ name: "新居民甲", gender: "male", birthYear: 1962, phone: "13839399999", consentBasis: "legal_duty", createdBy: w.carer.userId });
    expect(w.db.select({ b: careMemberships.legalBasis }).from(careMemberships).where(eq(careMemberships.personId, r.id)).get()!.b).toBe("legal_duty");
  });

  it("lets an admin name the carers, and refuses a non-carer as carer (422, nothing written)", () => {
    const id = enrol(w, w.admin, { carerIds: [w.carer2.userId] });
    expect(w.db.select().from(careAssignments).where(eq(careAssignments.personId, id)).all().map((a) => a.carerId)).toEqual([w.carer2.userId]);
    const residentId = makeResident(w.db);
    expect(failure(() => registerPerson(ctxFor(w.db, w.admin, NOW), parse({ residentId, group: "bereaved", riskColor: "green", carerIds: [w.teacher.userId] })))).toEqual({ code: "validation", status: 422, fields: ["carerIds"] });
    expect(w.db.select().from(carePersons).where(eq(carePersons.residentId, residentId)).get()).toBeUndefined();
    expect(failure(() => registerPerson(ctxFor(w.db, w.admin, NOW), parse({ residentId: 999999, group: "bereaved", riskColor: "green" })))).toEqual({ code: "validation", status: 422, fields: ["residentId"] });
  });

  it("refuses teachers, counsellors and residents with 403 and writes nothing", () => {
    const before = w.db.select({ id: carePersons.id }).from(carePersons).all().length;
    for (const actor of [w.teacher, w.counselor, w.resident]) {
      const residentId = makeResident(w.db);
      expect(failure(() => registerPerson(ctxFor(w.db, actor, NOW), parse({ residentId, group: "bereaved", riskColor: "red" })))).toMatchObject({ code: "forbidden", status: 403 });
    }
    expect(w.db.select({ id: carePersons.id }).from(carePersons).all()).toHaveLength(before);
  });

  it("refuses a resident already in care (409) and takes back someone who left, due at once again", () => {
    const residentId = makeResident(w.db);
    const id = enrol(w, w.carer, { residentId });
    expect(failure(() => enrol(w, w.carer, { residentId, group: "left_behind", leftBehindKind: "elderly" }))).toMatchObject({ code: "conflict", status: 409 });
    exitPerson(ctxFor(w.db, w.carer, NOW), id, { reason: "迁居外地", exitedOn: "2026-11-30" });
    const later = new Date("2027-02-01T10:00:00+08:00");
    const again = registerPerson(ctxFor(w.db, w.carer, later), parse({ residentId, group: "left_behind", leftBehindKind: "elderly", riskColor: "green" }));
    expect(again.id).toBe(id);
    expect(again.nextVisitDue).toBe("2027-02-01");
    expect(personRow(w.db, id)).toMatchObject({ status: "active", exitReason: null, registeredOn: "2027-02-01", riskColor: "green" });
    const groups = w.db.select({ g: careMemberships.group, ended: careMemberships.endedAt }).from(careMemberships).where(eq(careMemberships.personId, id)).all();
    expect(groups.find((g) => g.g === "left_behind")?.ended).toBeNull();
    expect(groups.find((g) => g.g === "bereaved")?.ended).not.toBeNull();
  });

  it("refuses consent-based care for a resident who withdrew consent (409)", () => {
    const residentId = makeResident(w.db, "撤回者", { consentBasis: "consent", consentWithdrawnAt: NOW });
    expect(failure(() => enrol(w, w.carer, { residentId }))).toMatchObject({ code: "conflict" });
    // Corrections work rests on the legal duty, not on consent.
    expect(enrol(w, w.carer, { residentId, group: "corrections" })).toBeGreaterThan(0);
  });
});

describe("registerPersonSchema (422s)", () => {
  const base = { residentId: 1, group: "bereaved", riskColor: "red" };
  it("accepts the API.md shape", () => {
    expect(fieldsOf(base)).toBe("ok");
    expect(fieldsOf({ person: { name: "某人", gender: "female" }, group: "petitioner", riskColor: "green" })).toBe("ok");
  });
  it("needs exactly one of residentId and person", () => {
    expect(fieldsOf({ group: "bereaved", riskColor: "red" })).toEqual(["residentId"]);
    expect(fieldsOf({ ...base, person: { name: "某人", gender: "female" } })).toEqual(["residentId"]);
  });
  it("refuses unknown fields, bad codes and bad details", () => {
    expect(fieldsOf({ ...base, status: "exited" })).toEqual(["status"]);
    expect(fieldsOf({ ...base, group: "vip" })).toEqual(["group"]);
    expect(fieldsOf({ ...base, riskColor: "orange" })).toEqual(["riskColor"]);
    expect(fieldsOf({ ...base, details: { termStart: "2026-01-01" } })).toEqual(["details.termStart"]);
    expect(fieldsOf({ ...base, group: "corrections", details: { termStart: "2026-06-01", termEnd: "2026-01-01" } })).toEqual(["details.termEnd"]);
    expect(fieldsOf({ ...base, group: "corrections", details: { termStart: "2026-02-30" } })).toEqual(["details.termStart"]);
    expect(fieldsOf({ ...base, group: "left_behind", details: { contactPhone: "12345" } })).toEqual(["details.contactPhone", "leftBehindKind"]);
    expect(fieldsOf({ ...base, leftBehindKind: "children" })).toEqual(["leftBehindKind"]);
    expect(fieldsOf({ group: "bereaved", riskColor: "red", person: { name: "", gender: "x" } })).toEqual(["person.gender", "person.name"]);
    expect(fieldsOf({ ...base, details: { familySituation: "x".repeat(1001) } })).toEqual(["details.familySituation"]);
  });
  it("ties the legal basis to the group: corrections → legal_duty, others → consent", () => {
    expect(fieldsOf({ ...base, group: "corrections", legalBasis: "consent" })).toEqual(["legalBasis"]);
    expect(fieldsOf({ ...base, legalBasis: "legal_duty" })).toEqual(["legalBasis"]);
    expect(parse({ ...base, group: "corrections" }).legalBasis).toBe("legal_duty");
    expect(parse(base).legalBasis).toBe("consent");
  });
});
