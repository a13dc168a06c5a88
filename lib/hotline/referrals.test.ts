import { beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { appointments, auditLog, hotlineCalls, services } from "@/db/schema";
import { triageQueue } from "../appointments/queries";
import type { Actor } from "../auth/actor";
import { errorOf } from "../rooms/test-fixtures";
import { ctxFor, makeUser } from "../testing/fixtures";
import { createTestDb } from "../testing/test-db";
import { createCall } from "./create-call";
import { createCallSchema, updateCallSchema } from "./schemas";
import { NOW, makeResident } from "./test-helpers";
import { updateCall } from "./update-call";

let db: Db;
let admin: Actor, op: Actor, counselor: Actor, carer: Actor;
let residentId: number;
let serviceId: number;

const base = {
  startedAt: "2026-11-30T09:40:00+08:00",
  endedAt: "2026-11-30T09:55:00+08:00",
  callerKind: "self",
  categories: ["emotion", "family"],
  summary: "来电者与丈夫长期争吵，失眠两周，愿意到中心面谈。",
  riskLevel: "medium",
};

const appointmentCount = () => db.select({ n: count() }).from(appointments).get()!.n;
const auditActions = (entityType: string, entityId: number) =>
  db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, String(entityId))))
    .all()
    .map((r) => r.action);

beforeAll(async () => {
  db = createTestDb();
  admin = await makeUser(db, "admin", ["admin"]);
  op = await makeUser(db, "op", ["hotline"]);
  counselor = await makeUser(db, "coun", ["counselor"]);
  carer = await makeUser(db, "carer", ["carer"]);
  residentId = makeResident(db, "张秀英", "13839300011");
  // A specialty service first in order: the referral must pick the first one any counsellor gives.
  db.insert(services).values({ name: "沙盘治疗", durationMinutes: 60, roomIds: [], requiredSpecialty: "沙盘治疗", sortOrder: 0, createdAt: NOW }).run();
  serviceId = db.insert(services).values({ name: "个体心理咨询", durationMinutes: 50, roomIds: [], sortOrder: 1, createdAt: NOW }).returning({ id: services.id }).get().id;
});

describe("a call's referral to an appointment (issue 5)", () => {
  it("an operator, who cannot book appointments, creates the linked request in the call's transaction", () => {
    const { call } = createCall(ctxFor(db, op, NOW), createCallSchema.parse({ ...base, residentId, actions: ["referred_appointment"] }));
    expect(call.appointmentId).toEqual(expect.any(Number));
    const a = db.select().from(appointments).where(eq(appointments.id, call.appointmentId!)).get()!;
    expect(a).toMatchObject({ residentId, serviceId, status: "requested", mode: "order", source: "hotline", sourceId: call.id, urgency: "soon", counselorId: null, createdBy: op.userId });
    // The need says where it came from in codes' words; the call's summary stays with the hotline.
    expect(a.need).toContain("热线来电转介");
    expect(a.need).toContain("情绪困扰");
    expect(a.need).not.toContain("丈夫");
    expect(db.select({ appointmentId: hotlineCalls.appointmentId }).from(hotlineCalls).where(eq(hotlineCalls.id, call.id)).get()!.appointmentId).toBe(a.id);
    expect(auditActions("hotline_call", call.id)).toEqual(expect.arrayContaining(["hotline.call_create", "hotline.call_refer"]));
    expect(auditActions("appointment", a.id)).toEqual(["appointment.request"]);
    // It waits in the counsellors' triage queue with its source.
    const queued = triageQueue(ctxFor(db, counselor, NOW)).find((x) => x.id === a.id);
    expect(queued?.source).toEqual({ type: "hotline", id: call.id });
  });

  it("high risk makes the request urgent; a repeated submit makes no second request", () => {
    const input = createCallSchema.parse({ ...base, riskLevel: "high", followUpAt: "2026-12-01T10:00:00+08:00", residentId, actions: ["safety_plan", "referred_appointment"], clientKey: "refer-key-0001" });
    const first = createCall(ctxFor(db, op, NOW), input);
    const before = appointmentCount();
    const again = createCall(ctxFor(db, op, NOW), input);
    expect(again.created).toBe(false);
    expect(again.call.appointmentId).toBe(first.call.appointmentId);
    expect(appointmentCount()).toBe(before);
    expect(db.select({ urgency: appointments.urgency }).from(appointments).where(eq(appointments.id, first.call.appointmentId!)).get()!.urgency).toBe("urgent");
  });

  it("refuses a referral without a linked resident (422, in Chinese) and writes nothing", () => {
    const calls = db.select({ n: count() }).from(hotlineCalls).get()!.n;
    const before = appointmentCount();
    const e = errorOf(() => createCall(ctxFor(db, op, NOW), createCallSchema.parse({ ...base, callerKind: "anonymous", actions: ["referred_appointment"] })));
    expect(e.code).toBe("validation");
    expect(e.status).toBe(422);
    expect(e.message).toContain("关联居民档案");
    expect(e.fieldErrors?.residentId?.[0]).toContain("关联居民档案");
    expect(db.select({ n: count() }).from(hotlineCalls).get()!.n).toBe(calls);
    expect(appointmentCount()).toBe(before);
  });

  it("refuses callers who may not log calls, and creates nothing", () => {
    const before = appointmentCount();
    for (const actor of [counselor, carer, admin]) {
      expect(errorOf(() => createCall(ctxFor(db, actor, NOW), createCallSchema.parse({ ...base, residentId, actions: ["referred_appointment"] }))).code).toBe("forbidden");
    }
    expect(appointmentCount()).toBe(before);
  });

  it("a referral added when the call is corrected is made then, once", () => {
    const { call } = createCall(ctxFor(db, op, NOW), createCallSchema.parse({ ...base }));
    expect(call.appointmentId).toBeNull();
    const before = appointmentCount();
    const edit = updateCallSchema.parse({ ...base, residentId, actions: ["referred_appointment"] });
    updateCall(ctxFor(db, op, NOW), call.id, edit);
    updateCall(ctxFor(db, admin, NOW), call.id, edit);
    expect(appointmentCount()).toBe(before + 1);
    const linked = db.select({ appointmentId: hotlineCalls.appointmentId }).from(hotlineCalls).where(eq(hotlineCalls.id, call.id)).get()!.appointmentId;
    expect(db.select({ source: appointments.source, sourceId: appointments.sourceId }).from(appointments).where(eq(appointments.id, linked!)).get()).toEqual({ source: "hotline", sourceId: call.id });
    // Correcting an unlinked call into a referral without a resident is refused the same way.
    const { call: other } = createCall(ctxFor(db, op, NOW), createCallSchema.parse({ ...base }));
    expect(errorOf(() => updateCall(ctxFor(db, op, NOW), other.id, updateCallSchema.parse({ ...base, actions: ["referred_appointment"] }))).status).toBe(422);
  });
});
