import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  activities,
  activitySignups,
  activityTeachers,
  appointments,
  auditLog,
  careAssignments,
  careMemberships,
  carePersons,
  careVisits,
  hotlineCalls,
  mediationCases,
  mediationParties,
  mediationTeam,
  residents,
  rooms,
  services,
} from "@/db/schema";
import type { Actor } from "../auth/actor";
import { errorOf } from "../rooms/test-fixtures";
import { ctxFor, makeUser } from "../testing/fixtures";
import { createTestDb } from "../testing/test-db";
import { searchRegister } from "./queries";
import { personTimeline, type TimelineKind } from "./timeline";

const NOW = new Date("2026-11-30T10:00:00+08:00");
const day = (d: number, h = 10) => new Date(Date.UTC(2026, 10, d, h - 8));

let db: Db;
let admin: Actor, c1: Actor, c2: Actor, op: Actor, mediator: Actor, carer: Actor, carer2: Actor, teacher: Actor, resident: Actor;
let rid: number;
const ids = {} as Record<string, number>;

beforeAll(async () => {
  db = createTestDb();
  admin = await makeUser(db, "admin", ["admin"]);
  c1 = await makeUser(db, "c1", ["counselor"]);
  c2 = await makeUser(db, "c2", ["counselor"]);
  op = await makeUser(db, "op", ["hotline"]);
  mediator = await makeUser(db, "med", ["mediator"]);
  carer = await makeUser(db, "carer", ["carer"]);
  carer2 = await makeUser(db, "carer2", ["carer"]);
  teacher = await makeUser(db, "teacher", ["teacher"]);
  resident = await makeUser(db, "res", ["resident"]);
  rid = db.insert(residents).values({ name: "张秀英", phone: "13839300011", createdAt: NOW }).returning({ id: residents.id }).get().id;
  const other = db.insert(residents).values({ name: "马国强", phone: "13839300012", createdAt: NOW }).returning({ id: residents.id }).get().id;
  const serviceId = db.insert(services).values({ name: "个体心理咨询", durationMinutes: 50, roomIds: [], createdAt: NOW }).returning({ id: services.id }).get().id;
  const appt = (counselorId: number | null, status: "requested" | "confirmed" | "completed", at: Date, residentId = rid) =>
    db
      .insert(appointments)
      .values({ residentId, serviceId, counselorId, status, mode: counselorId ? "slot" : "order", startAt: counselorId ? at : null, endAt: counselorId ? new Date(at.getTime() + 50 * 60_000) : null, createdBy: admin.userId, createdAt: at })
      .returning({ id: appointments.id })
      .get().id;
  ids.apptC1 = appt(c1.userId, "completed", day(2));
  ids.apptC2 = appt(c2.userId, "confirmed", day(20));
  ids.apptTriage = appt(null, "requested", day(28));
  ids.apptOther = appt(c1.userId, "confirmed", day(21), other);
  ids.call = db
    .insert(hotlineCalls)
    .values({ status: "saved", startedAt: day(10), operatorId: op.userId, callerKind: "self", residentId: rid, summary: "保密的通话摘要", riskLevel: "medium", categories: ["emotion"], createdAt: day(10), updatedAt: day(10) })
    .returning({ id: hotlineCalls.id })
    .get().id;
  db.insert(hotlineCalls).values({ status: "draft", clientKey: "draft-key-0001", startedAt: day(11), operatorId: op.userId, residentId: rid, createdAt: day(11), updatedAt: day(11) }).run();
  const mcase = (seq: number, at: Date) =>
    db
      .insert(mediationCases)
      .values({ caseNo: `(2026)安康人调字第${String(seq).padStart(4, "0")}号`, year: 2026, seq, source: "application", disputeType: "neighbour", summary: "保密的纠纷摘要", riskColor: "green", createdBy: mediator.userId, createdAt: at })
      .returning({ id: mediationCases.id })
      .get().id;
  ids.caseC2 = mcase(1, day(5));
  ids.caseC1 = mcase(2, day(6));
  for (const c of [ids.caseC2, ids.caseC1]) {
    db.insert(mediationParties).values({ caseId: c, role: "applicant", residentId: rid, name: "张秀英" }).run();
    db.insert(mediationParties).values({ caseId: c, role: "respondent", name: "王某", sortOrder: 1 }).run();
    db.insert(mediationTeam).values({ caseId: c, userId: mediator.userId, role: "lead", assignedAt: NOW }).run();
  }
  db.insert(mediationTeam).values({ caseId: ids.caseC2, userId: c2.userId, role: "counselor", assignedAt: NOW }).run();
  db.insert(mediationTeam).values({ caseId: ids.caseC1, userId: c1.userId, role: "counselor", assignedAt: NOW }).run();
  ids.person = db
    .insert(carePersons)
    .values({ residentId: rid, riskColor: "yellow", registeredOn: "2026-11-01", createdAt: day(1), createdBy: carer.userId, updatedAt: day(1) })
    .returning({ id: carePersons.id })
    .get().id;
  db.insert(careMemberships).values({ personId: ids.person, group: "bereaved", legalBasis: "consent", basisRecordedAt: day(1), basisRecordedBy: carer.userId, createdAt: day(1), updatedAt: day(1) }).run();
  db.insert(careAssignments).values({ personId: ids.person, carerId: carer.userId, assignedAt: day(1), assignedBy: admin.userId }).run();
  ids.visit = db
    .insert(careVisits)
    .values({ personId: ids.person, visitedAt: day(15), kind: "home", observations: { mental: "保密的走访观察" }, colorBefore: "yellow", colorAfter: "yellow", createdBy: carer.userId, createdAt: day(15) })
    .returning({ id: careVisits.id })
    .get().id;
  const roomId = db.insert(rooms).values({ code: "sandplay", name: "沙盘活动室", mode: "exclusive", openingHours: [], createdAt: NOW }).returning({ id: rooms.id }).get().id;
  const activityId = db
    .insert(activities)
    .values({ title: "正念减压小组", type: "group_counselling", roomId, startAt: day(25), endAt: day(25, 12), capacity: 10, signupDeadline: day(24), createdBy: teacher.userId, createdAt: day(1) })
    .returning({ id: activities.id })
    .get().id;
  db.insert(activityTeachers).values({ activityId, userId: teacher.userId }).run();
  ids.signup = db.insert(activitySignups).values({ activityId, residentId: rid, status: "registered", createdAt: day(3) }).returning({ id: activitySignups.id }).get().id;
});

const view = (actor: Actor) => personTimeline(ctxFor(db, actor, NOW), rid);
const keys = (actor: Actor) =>
  view(actor)
    .items.map((i) => `${i.kind}:${i.id}`)
    .sort();
const k = (kind: TimelineKind, id: number) => `${kind}:${id}`;

describe("personTimeline (一人一档)", () => {
  it("the admin sees every area's items, newest first, and no confidential text", () => {
    const tl = view(admin);
    expect(tl.resident).toMatchObject({ id: rid, name: "张秀英" });
    expect(tl.items.map((i) => `${i.kind}:${i.id}`).sort()).toEqual(
      [
        k("appointment", ids.apptC1),
        k("appointment", ids.apptC2),
        k("appointment", ids.apptTriage),
        k("call", ids.call),
        k("mediation_case", ids.caseC2),
        k("mediation_case", ids.caseC1),
        k("care_person", ids.person),
        k("care_visit", ids.visit),
        k("activity_signup", ids.signup),
      ].sort(),
    );
    const times = tl.items.map((i) => i.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(tl.hiddenAreas).toEqual([]);
    const text = JSON.stringify(tl);
    for (const secret of ["保密的通话摘要", "保密的纠纷摘要", "保密的走访观察", "13839300011"]) expect(text).not.toContain(secret);
    expect(tl.items.find((i) => i.kind === "call")).toMatchObject({ status: { group: "riskLevel", code: "medium" }, href: `/hotline/calls/${ids.call}` });
  });

  it("a counsellor sees their own appointments and requests in triage, their own case — no calls, no other cases, no care", () => {
    expect(keys(c1)).toEqual([k("appointment", ids.apptC1), k("appointment", ids.apptTriage), k("mediation_case", ids.caseC1)].sort());
    expect(keys(c2)).toEqual([k("appointment", ids.apptC2), k("appointment", ids.apptTriage), k("mediation_case", ids.caseC2)].sort());
    expect(view(c1).hiddenAreas).toEqual(["call", "care_person", "care_visit", "activity_signup"]);
  });

  it("each other role sees its own area only, as that area's policy allows", () => {
    expect(keys(op)).toEqual([k("call", ids.call)]);
    expect(keys(mediator)).toEqual([k("mediation_case", ids.caseC2), k("mediation_case", ids.caseC1)].sort());
    expect(keys(carer)).toEqual([k("care_person", ids.person), k("care_visit", ids.visit)].sort());
    expect(keys(carer2)).toEqual([]);
    expect(keys(teacher)).toEqual([k("activity_signup", ids.signup)]);
  });

  it("refuses residents (403) and gives 404 for a resident who does not exist; every read is audited", () => {
    expect(errorOf(() => view(resident)).status).toBe(403);
    expect(errorOf(() => searchRegister(ctxFor(db, resident, NOW), "张")).status).toBe(403);
    expect(errorOf(() => personTimeline(ctxFor(db, admin, NOW), 999_999)).status).toBe(404);
    const rows = db
      .select({ actorId: auditLog.actorId })
      .from(auditLog)
      .where(and(eq(auditLog.action, "resident.timeline_read"), eq(auditLog.entityId, String(rid))))
      .all();
    expect(rows.length).toBeGreaterThan(5);
  });

  it("the register search matches names and phone digits literally and masks phones", () => {
    const ctx = ctxFor(db, c1, NOW);
    expect(searchRegister(ctx, "秀英").map((r) => r.name)).toEqual(["张秀英"]);
    expect(searchRegister(ctx, "0012")).toEqual([expect.objectContaining({ name: "马国强", maskedPhone: "138****0012" })]);
    expect(searchRegister(ctx, "%")).toEqual([]);
    expect(searchRegister(ctx, "")).toEqual([]);
  });
});
