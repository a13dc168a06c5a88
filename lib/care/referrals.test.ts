import { beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { appointments, auditLog, careVisits, mediationCases, mediationParties, services } from "@/db/schema";
import { triageQueue } from "../appointments/queries";
import { errorOf } from "../rooms/test-fixtures";
import { ctxFor } from "../testing/fixtures";
import { recordVisit } from "./record-visit";
import { recordVisitSchema } from "./schemas";
import { enrol, makeResident, NOW, visitInput, world, type World } from "./test-helpers";

let w: World;
let personId: number;
let residentId: number;

const appointmentCount = () => w.db.select({ n: count() }).from(appointments).get()!.n;
const caseCount = () => w.db.select({ n: count() }).from(mediationCases).get()!.n;
const audited = (action: string, entityType: string, entityId: number) =>
  w.db
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityType, entityType), eq(auditLog.entityId, String(entityId))))
    .get()!.n;

beforeAll(async () => {
  w = await world();
  w.db.insert(services).values({ name: "个体心理咨询", durationMinutes: 50, roomIds: [], createdAt: NOW }).run();
  residentId = makeResident(w.db, "李桂兰");
  personId = enrol(w, w.carer, { residentId, riskColor: "yellow" });
});

describe("a care visit's referral, in one step (issue 7)", () => {
  it("a carer refers to a counsellor: the request (source care, this visit) waits in the triage queue", () => {
    const r = recordVisit(ctxFor(w.db, w.carer, NOW), personId, visitInput({ riskColor: "red", colorReason: "独居老人情绪低落", referral: "appointment", referralNote: "希望有咨询师上门谈心" }));
    expect(r.referral.appointmentId).toEqual(expect.any(Number));
    expect(r.referral.mediationCaseId).toBeNull();
    const a = w.db.select().from(appointments).where(eq(appointments.id, r.referral.appointmentId!)).get()!;
    expect(a).toMatchObject({ residentId, status: "requested", mode: "order", source: "care", sourceId: r.id, urgency: "urgent", createdBy: w.carer.userId });
    expect(a.need).toContain("希望有咨询师上门谈心");
    expect(w.db.select({ id: careVisits.referralAppointmentId }).from(careVisits).where(eq(careVisits.id, r.id)).get()!.id).toBe(a.id);
    expect(audited("care.visit.refer", "care_person", personId)).toBe(1);
    expect(audited("appointment.request", "appointment", a.id)).toBe(1);
    expect(triageQueue(ctxFor(w.db, w.counselor, NOW)).find((x) => x.id === a.id)?.source).toEqual({ type: "care", id: r.id });
  });

  it("a carer refers to mediation: a registered case with the person as applicant", () => {
    const r = recordVisit(
      ctxFor(w.db, w.carer, NOW),
      personId,
      visitInput({ referral: "mediation", referralNote: "与邻居因漏水多次争吵", referralDisputeType: "neighbour", referralRespondent: "王某" }),
    );
    const caseId = r.referral.mediationCaseId!;
    expect(caseId).toEqual(expect.any(Number));
    const c = w.db.select().from(mediationCases).where(eq(mediationCases.id, caseId)).get()!;
    expect(c).toMatchObject({ status: "registered", source: "government", disputeType: "neighbour", summary: "与邻居因漏水多次争吵", riskColor: "red", leadMediatorId: null, createdBy: w.carer.userId });
    expect(c.caseNo).toMatch(/^\(2026\)安康人调字第\d{4}号$/);
    const parties = w.db.select({ role: mediationParties.role, residentId: mediationParties.residentId, name: mediationParties.name }).from(mediationParties).where(eq(mediationParties.caseId, caseId)).all();
    expect(parties).toEqual([
      { role: "applicant", residentId, name: "李桂兰" },
      { role: "respondent", residentId: null, name: "王某" },
    ]);
    expect(w.db.select({ id: careVisits.referralMediationCaseId }).from(careVisits).where(eq(careVisits.id, r.id)).get()!.id).toBe(caseId);
    expect(audited("mediation.case.register", "mediation_case", caseId)).toBe(1);
  });

  it("a referral to mediation without the dispute's type, the other party or a note is refused (422) and nothing is saved", () => {
    const bad = { visitedAt: "2026-11-30T09:00:00+08:00", kind: "home", observations: { mental: "平稳" }, referral: "mediation" };
    const parsed = recordVisitSchema.safeParse(bad);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path.join(".")).sort()).toEqual(["referralDisputeType", "referralNote", "referralRespondent"]);
    // The use case holds the rule too (an input that skipped the schema).
    const visits = w.db.select({ n: count() }).from(careVisits).get()!.n;
    const cases = caseCount();
    const e = errorOf(() => recordVisit(ctxFor(w.db, w.carer, NOW), personId, { ...visitInput(), referral: "mediation", referralNote: "漏水" }));
    expect(e.status).toBe(422);
    expect(Object.keys(e.fieldErrors ?? {}).sort()).toEqual(["referralDisputeType", "referralRespondent"]);
    expect(e.fieldErrors?.referralRespondent?.[0]).toContain("对方当事人");
    expect(w.db.select({ n: count() }).from(careVisits).get()!.n).toBe(visits);
    expect(caseCount()).toBe(cases);
  });

  it("refuses carers the person is not assigned to (404) and other roles (403), creating nothing", () => {
    const before = [appointmentCount(), caseCount()];
    expect(errorOf(() => recordVisit(ctxFor(w.db, w.carer2, NOW), personId, visitInput({ referral: "appointment" }))).status).toBe(404);
    for (const actor of [w.teacher, w.counselor, w.resident]) {
      expect(errorOf(() => recordVisit(ctxFor(w.db, actor, NOW), personId, visitInput({ referral: "appointment" }))).status).toBe(403);
    }
    expect([appointmentCount(), caseCount()]).toEqual(before);
  });

  it("a repeated submit (same clientKey) returns the same referral and makes no second one", () => {
    const input = visitInput({ referral: "appointment", clientKey: "visit-refer-0001" });
    const first = recordVisit(ctxFor(w.db, w.carer, NOW), personId, input);
    const before = appointmentCount();
    const again = recordVisit(ctxFor(w.db, w.carer, NOW), personId, input);
    expect(again.duplicate).toBe(true);
    expect(again.referral).toEqual(first.referral);
    expect(appointmentCount()).toBe(before);
  });
});
