import { beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { careFollowUps, carePersons, hotlineCalls, mediationCases, mediationParties, notifications } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { listPendingFollowUps } from "../care/follow-ups";
import { dueVisits, getPerson } from "../care/queries";
import { recordVisit } from "../care/record-visit";
import { auditsOf, enrol, makeResident, visitInput, world, type World } from "../care/test-helpers";
import { errorOf } from "../rooms/test-fixtures";
import { ctxFor, makeUser } from "../testing/fixtures";
import { createCall } from "./create-call";
import { readCall } from "./read-call";
import { createCallSchema, updateCallSchema } from "./schemas";
import { updateCall } from "./update-call";

// Issue 5: a call refers its caller to mediation or to the care team in one step, in the call's
// own transaction, each record linked back to the call.

const NOW = new Date("2026-11-30T10:00:00+08:00");
let w: World;
let op: Actor;

const base = {
  startedAt: "2026-11-30T09:40:00+08:00",
  endedAt: "2026-11-30T09:55:00+08:00",
  callerKind: "self",
  categories: ["family"],
  summary: "来电者称与邻居因漏水多次争吵，情绪激动，昨夜未睡。",
  riskLevel: "medium",
};
const mediation = { actions: ["referred_mediation"], referralDisputeType: "neighbour", referralRespondent: "李建国", referralNote: "楼上住户漏水致来电者家中墙面受损，双方多次争吵，愿意调解。" };

const countOf = (table: typeof mediationCases | typeof careFollowUps) => w.db.select({ n: count() }).from(table).get()!.n;
const notified = (userId: number, type: "care_follow_up" | "mediation_referral") =>
  w.db.select({ title: notifications.title, link: notifications.link }).from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.type, type))).all();

beforeAll(async () => {
  w = await world();
  op = await makeUser(w.db, "op", ["hotline"]);
});

describe("a call's referral to mediation", () => {
  it("registers a case with the caller as applicant and the operator's note as its summary, linked both ways, and tells the admins", () => {
    const residentId = makeResident(w.db, "赵桂兰");
    const { call } = createCall(ctxFor(w.db, op, NOW), createCallSchema.parse({ ...base, residentId, ...mediation }));
    expect(call.mediationCaseId).toEqual(expect.any(Number));
    const c = w.db.select().from(mediationCases).where(eq(mediationCases.id, call.mediationCaseId!)).get()!;
    expect(c).toMatchObject({ status: "registered", source: "initiative", disputeType: "neighbour", riskColor: "yellow", leadMediatorId: null, createdBy: op.userId });
    expect(c.summary).toBe(mediation.referralNote);
    // The call's confidential summary does not travel.
    expect(c.summary).not.toContain("未睡");
    const parties = w.db.select({ role: mediationParties.role, name: mediationParties.name, residentId: mediationParties.residentId }).from(mediationParties).where(eq(mediationParties.caseId, c.id)).all();
    expect(parties).toEqual([
      { role: "applicant", name: "赵桂兰", residentId },
      { role: "respondent", name: "李建国", residentId: null },
    ]);
    expect(w.db.select({ id: hotlineCalls.mediationCaseId }).from(hotlineCalls).where(eq(hotlineCalls.id, call.id)).get()!.id).toBe(c.id);
    const audit = auditsOf(w.db, "mediation.case.register").find((a) => a.entityId === String(c.id));
    expect(JSON.parse(String(audit?.details))).toMatchObject({ via: "hotline_call", viaId: call.id });
    expect(notified(w.admin.userId, "mediation_referral")).toEqual([{ title: expect.stringContaining(c.caseNo), link: `/mediation/${c.id}` }]);
    // The call shows the case number to the operator.
    expect(readCall(ctxFor(w.db, op, NOW), call.id).referrals).toMatchObject({ mediationCase: { id: c.id, caseNo: c.caseNo }, disputeType: "neighbour", respondent: "李建国" });
  });

  it("refuses a referral without the dispute type, the other party or the note (422 per field) and writes nothing", () => {
    const residentId = makeResident(w.db);
    const parsed = createCallSchema.safeParse({ ...base, residentId, actions: ["referred_mediation"] });
    expect(parsed.success).toBe(false);
    expect(new Set(parsed.error?.issues.map((i) => i.path.join(".")))).toEqual(new Set(["referralDisputeType", "referralRespondent", "referralNote"]));
    const cases = countOf(mediationCases);
    const calls = w.db.select({ n: count() }).from(hotlineCalls).get()!.n;
    const e = errorOf(() => createCall(ctxFor(w.db, op, NOW), { ...createCallSchema.parse({ ...base, residentId }), actions: ["referred_mediation"] }));
    expect(e.status).toBe(422);
    expect(Object.keys(e.fieldErrors ?? {}).sort()).toEqual(["referralDisputeType", "referralNote", "referralRespondent"]);
    expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    // An anonymous caller cannot be referred: the resident field says so.
    const anonymous = errorOf(() => createCall(ctxFor(w.db, op, NOW), createCallSchema.parse({ ...base, callerKind: "anonymous", ...mediation })));
    expect(anonymous.fieldErrors?.residentId?.[0]).toContain("关联居民档案");
    expect(anonymous.message).toContain("关联居民档案");
    expect(countOf(mediationCases)).toBe(cases);
    expect(w.db.select({ n: count() }).from(hotlineCalls).get()!.n).toBe(calls);
  });

  it("a repeated submit and later corrections keep the one case", () => {
    const residentId = makeResident(w.db);
    const input = createCallSchema.parse({ ...base, residentId, ...mediation, clientKey: "mediation-ref-01" });
    const first = createCall(ctxFor(w.db, op, NOW), input);
    const cases = countOf(mediationCases);
    expect(createCall(ctxFor(w.db, op, NOW), input).call.mediationCaseId).toBe(first.call.mediationCaseId);
    updateCall(ctxFor(w.db, op, NOW), first.call.id, updateCallSchema.parse({ ...base, residentId, ...mediation, referralRespondent: "李建军" }));
    expect(countOf(mediationCases)).toBe(cases);
  });

  it("only the hotline logs a call: others are refused before anything is made", () => {
    const residentId = makeResident(w.db);
    const cases = countOf(mediationCases);
    for (const actor of [w.admin, w.carer, w.counselor, w.resident]) {
      expect(errorOf(() => createCall(ctxFor(w.db, actor, NOW), createCallSchema.parse({ ...base, residentId, ...mediation }))).code).toBe("forbidden");
    }
    expect(countOf(mediationCases)).toBe(cases);
  });
});

describe("a call's referral to the care team", () => {
  it("for a person in care: due at once for a high-risk caller, carers told, marked on the work list, closed by the next visit", () => {
    const personId = enrol(w, w.carer, { riskColor: "green" });
    // A visit this morning: the next one would be due in 30 days.
    recordVisit(ctxFor(w.db, w.carer, NOW), personId, visitInput({ visitedAt: "2026-11-30T08:00:00+08:00" }));
    const person = w.db.select({ residentId: carePersons.residentId, due: carePersons.nextVisitDue }).from(carePersons).where(eq(carePersons.id, personId)).get()!;
    expect(person.due).toBe("2026-12-30");

    const later = new Date("2026-11-30T11:00:00+08:00");
    const { call } = createCall(
      ctxFor(w.db, op, later),
      createCallSchema.parse({ ...base, startedAt: "2026-11-30T10:40:00+08:00", endedAt: "2026-11-30T10:55:00+08:00", riskLevel: "high", followUpAt: "2026-11-30T16:00:00+08:00", residentId: person.residentId, actions: ["safety_plan", "referred_care"] }),
    );
    expect(call.careFollowUpId).toEqual(expect.any(Number));
    const f = w.db.select().from(careFollowUps).where(eq(careFollowUps.id, call.careFollowUpId!)).get()!;
    expect(f).toMatchObject({ personId, residentId: person.residentId, source: "hotline", sourceId: call.id, dueOn: "2026-11-30", status: "open" });
    // No note given: a standard one in codes' words, never the summary.
    expect(f.note).toContain("热线来电转介");
    expect(f.note).not.toContain("邻居");
    expect(w.db.select({ due: carePersons.nextVisitDue }).from(carePersons).where(eq(carePersons.id, personId)).get()!.due).toBe("2026-11-30");
    expect(notified(w.carer.userId, "care_follow_up")).toEqual([{ title: expect.stringContaining("随访"), link: `/care/persons/${personId}` }]);
    const item = dueVisits(ctxFor(w.db, w.carer, later), {}).items.find((i) => i.id === personId);
    expect(item).toMatchObject({ followUpRequested: true, bucket: "thisWeek" });
    expect(getPerson(ctxFor(w.db, w.carer, later), personId).followUps).toEqual([expect.objectContaining({ id: f.id, status: "open", dueOn: "2026-11-30" })]);
    expect(readCall(ctxFor(w.db, op, later), call.id).referrals.careFollowUp).toEqual({ id: f.id, status: "open", dueOn: "2026-11-30" });

    // The carer visits in the afternoon: the request is done and the rhythm is back to green's.
    const evening = new Date("2026-11-30T17:00:00+08:00");
    recordVisit(ctxFor(w.db, w.carer, evening), personId, visitInput({ visitedAt: "2026-11-30T15:00:00+08:00" }));
    expect(w.db.select({ status: careFollowUps.status }).from(careFollowUps).where(eq(careFollowUps.id, f.id)).get()!.status).toBe("done");
    expect(w.db.select({ due: carePersons.nextVisitDue }).from(carePersons).where(eq(carePersons.id, personId)).get()!.due).toBe("2026-12-30");
    expect(readCall(ctxFor(w.db, op, evening), call.id).referrals.careFollowUp?.status).toBe("done");
  });

  it("for a resident not in care: the admins are told, it waits on the care page, and registering the resident takes it up", () => {
    const residentId = makeResident(w.db, "孙玉梅");
    const { call } = createCall(ctxFor(w.db, op, NOW), createCallSchema.parse({ ...base, residentId, actions: ["referred_care"], referralNote: "独居老人，子女在外地，来电时情绪低落。" }));
    const f = w.db.select().from(careFollowUps).where(eq(careFollowUps.id, call.careFollowUpId!)).get()!;
    expect(f).toMatchObject({ personId: null, dueOn: "2026-12-03", note: "独居老人，子女在外地，来电时情绪低落。" });
    expect(notified(w.admin.userId, "care_follow_up").at(-1)).toEqual({ title: expect.stringContaining("尚未登记"), link: "/care#follow-ups" });
    // The admin sees it waiting; a carer sees nothing of residents not assigned to them.
    expect(listPendingFollowUps(ctxFor(w.db, w.admin, NOW)).map((p) => p.resident)).toContainEqual({ id: residentId, name: "孙玉梅", community: null });
    expect(listPendingFollowUps(ctxFor(w.db, w.carer, NOW))).toEqual([]);
    expect(errorOf(() => listPendingFollowUps(ctxFor(w.db, w.counselor, NOW))).code).toBe("forbidden");

    const personId = enrol(w, w.admin, { residentId, riskColor: "green", carerIds: [w.carer2.userId] });
    expect(w.db.select({ personId: careFollowUps.personId, status: careFollowUps.status }).from(careFollowUps).where(eq(careFollowUps.id, f.id)).get()).toEqual({ personId, status: "open" });
    expect(listPendingFollowUps(ctxFor(w.db, w.admin, NOW)).map((p) => p.id)).not.toContain(f.id);
    // A new person is due at once anyway; the request shows on their file.
    expect(getPerson(ctxFor(w.db, w.carer2, NOW), personId).followUps.map((x) => x.id)).toEqual([f.id]);
  });

  it("the operator's answer is the same whether or not the resident is in care", () => {
    const inCare = enrol(w, w.carer);
    const inCareResident = w.db.select({ r: carePersons.residentId }).from(carePersons).where(eq(carePersons.id, inCare)).get()!.r;
    const outside = makeResident(w.db);
    const shape = (residentId: number) => {
      const { call } = createCall(ctxFor(w.db, op, NOW), createCallSchema.parse({ ...base, residentId, actions: ["referred_care"] }));
      const r = readCall(ctxFor(w.db, op, NOW), call.id).referrals.careFollowUp;
      return { keys: Object.keys(call).sort(), follow: r && { status: r.status, dueOn: r.dueOn } };
    };
    expect(shape(inCareResident)).toEqual(shape(outside));
  });
});
