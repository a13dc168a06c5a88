import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, hotlineAlerts, hotlineCalls } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { ctxFor, makeUser } from "../testing/fixtures";
import { createTestDb } from "../testing/test-db";
import { createCall } from "./create-call";
import { createShift } from "./create-shift";
import { saveCallDraft } from "./save-call-draft";
import { createCallSchema, saveCallDraftSchema } from "./schemas";
import { NOW, failure, makeResident } from "./test-helpers";

let db: Db;
let admin: Actor, op: Actor, partner: Actor, offDuty: Actor, counselor: Actor, resident: Actor, teacher: Actor, carer: Actor;

const base = {
  startedAt: "2026-11-30T09:40:00+08:00",
  endedAt: "2026-11-30T09:55:00+08:00",
  callerKind: "self",
  categories: ["emotion"],
  summary: "来电者近期失眠、情绪低落，倾听并给予放松建议。",
  riskLevel: "low",
};

const parse = (v: unknown) => createCallSchema.parse(v);
const fieldsOf = (v: unknown) => {
  const r = createCallSchema.safeParse(v);
  return r.success ? [] : [...new Set(r.error.issues.map((i) => (i.code === "unrecognized_keys" ? i.keys.join() : i.path.join("."))))].sort();
};

beforeAll(async () => {
  db = createTestDb();
  admin = await makeUser(db, "admin", ["admin"]);
  op = await makeUser(db, "op", ["hotline"]);
  partner = await makeUser(db, "partner", ["counselor", "hotline"]);
  offDuty = await makeUser(db, "offduty", ["hotline"]);
  counselor = await makeUser(db, "counselor2", ["counselor"]);
  resident = await makeUser(db, "resident", ["resident"]);
  teacher = await makeUser(db, "teacher", ["teacher"]);
  carer = await makeUser(db, "carer", ["carer"]);
  createShift(ctxFor(db, admin, NOW), { startAt: new Date("2026-11-30T08:00:00+08:00"), endAt: new Date("2026-11-30T14:00:00+08:00"), staffIds: [op.userId, partner.userId] });
});

describe("createCallSchema (form and API)", () => {
  it("accepts a routine call and dedupes categories", () => {
    const v = parse({ ...base, categories: ["emotion", "emotion", "family"] });
    expect(v.categories).toEqual(["emotion", "family"]);
    expect(v.startedAt).toEqual(new Date("2026-11-30T01:40:00Z"));
  });

  it("refuses high and imminent risk without actions and a call-back time", () => {
    expect(fieldsOf({ ...base, riskLevel: "high" })).toEqual(["actions", "followUpAt"]);
    expect(fieldsOf({ ...base, riskLevel: "imminent", actions: [] })).toEqual(["actions", "followUpAt"]);
    expect(fieldsOf({ ...base, riskLevel: "high", actions: ["safety_plan"] })).toEqual(["followUpAt"]);
    expect(fieldsOf({ ...base, riskLevel: "high", followUpAt: "2026-12-01T10:00:00+08:00" })).toEqual(["actions"]);
    expect(fieldsOf({ ...base, riskLevel: "high", actions: ["safety_plan"], followUpAt: "2026-12-01T10:00:00+08:00" })).toEqual([]);
    const r = createCallSchema.safeParse({ ...base, riskLevel: "high" });
    expect(r.success ? "" : r.error.issues.map((i) => i.message).join()).toContain("必须");
  });

  it("refuses illegal and missing fields", () => {
    expect(fieldsOf({ ...base, role: "admin" })).toEqual(["role"]);
    expect(fieldsOf({ ...base, status: "saved" })).toEqual(["status"]);
    expect(fieldsOf({ ...base, operatorId: 1 })).toEqual(["operatorId"]);
    expect(fieldsOf({ ...base, startedAt: "2026-11-30T09:40:00" })).toEqual(["startedAt"]);
    expect(fieldsOf({ ...base, startedAt: "2026-02-30T09:40:00+08:00" })).toEqual(["startedAt"]);
    expect(fieldsOf({ ...base, callerKind: undefined })).toEqual(["callerKind"]);
    expect(fieldsOf({ ...base, callerKind: "robot" })).toEqual(["callerKind"]);
    expect(fieldsOf({ ...base, riskLevel: "severe" })).toEqual(["riskLevel"]);
    expect(fieldsOf({ ...base, categories: ["gossip"] })).toEqual(["categories.0"]);
    expect(fieldsOf({ ...base, actions: ["pray"] })).toEqual(["actions.0"]);
    expect(fieldsOf({ ...base, categories: [] })).toEqual(["categories"]);
    expect(fieldsOf({ ...base, summary: "   " })).toEqual(["summary"]);
    expect(fieldsOf({ ...base, summary: "字".repeat(4001) })).toEqual(["summary"]);
    expect(fieldsOf({ ...base, endedAt: "2026-11-30T09:00:00+08:00" })).toEqual(["endedAt"]);
    expect(fieldsOf({ ...base, followUpAt: "2026-11-30T09:00:00+08:00" })).toEqual(["followUpAt"]);
    expect(fieldsOf({ ...base, callerPhone: "call me" })).toEqual(["callerPhone"]);
    expect(fieldsOf({ ...base, residentId: "1" })).toEqual(["residentId"]);
  });

  it("lets a silent or hang-up call go without summary or category, and normalises phone numbers", () => {
    expect(fieldsOf({ ...base, callerKind: "hangup", categories: [], summary: "" })).toEqual([]);
    expect(parse({ ...base, callerPhone: "138-3930 0011" }).callerPhone).toBe("13839300011");
    expect(parse({ ...base, endedAt: null, followUpAt: null, residentId: null }).endedAt).toBeUndefined();
  });
});

describe("createCall", () => {
  it("logs a call for the operator and audits codes only, never the summary", () => {
    const { call, created } = createCall(ctxFor(db, op, NOW), parse({ ...base, summary: "SECRET-SUMMARY 来电内容" }));
    expect(created).toBe(true);
    expect(call).toMatchObject({ status: "saved", callerKind: "self", riskLevel: "low", categories: ["emotion"] });
    const row = db.select().from(hotlineCalls).where(eq(hotlineCalls.id, call.id)).get()!;
    expect(row.operatorId).toBe(op.userId);
    const audit = db.select().from(auditLog).where(and(eq(auditLog.action, "hotline.call_create"), eq(auditLog.entityId, String(call.id)))).get()!;
    expect(audit.actorId).toBe(op.userId);
    expect(JSON.stringify(audit)).not.toContain("SECRET-SUMMARY");
  });

  it("is refused to everyone without the hotline role, admin included", () => {
    for (const who of [admin, counselor, resident, teacher, carer]) {
      expect(failure(() => createCall(ctxFor(db, who, NOW), parse(base)))).toEqual({ code: "forbidden", fields: [] });
    }
  });

  it("re-checks the risk rules itself when handed an unchecked input (422)", () => {
    const unchecked = { ...parse(base), riskLevel: "high" as const };
    expect(failure(() => createCall(ctxFor(db, op, NOW), unchecked))).toEqual({ code: "validation", fields: ["actions", "followUpAt"] });
  });

  it("refuses a call that starts in the future and an unknown resident", () => {
    expect(failure(() => createCall(ctxFor(db, op, NOW), parse({ ...base, startedAt: "2026-11-30T11:00:00+08:00", endedAt: undefined })))).toEqual({ code: "validation", fields: ["startedAt"] });
    expect(failure(() => createCall(ctxFor(db, op, NOW), parse({ ...base, residentId: 99999 })))).toEqual({ code: "validation", fields: ["residentId"] });
  });

  it("links a known resident", () => {
    const rid = makeResident(db, "测试居民甲", "13800000001");
    const { call } = createCall(ctxFor(db, op, NOW), parse({ ...base, residentId: rid }));
    expect(call.residentId).toBe(rid);
  });

  it("alerts every admin and the other operator on duty when a call is imminent, not the operator nor staff off duty", () => {
    const input = parse({ ...base, riskLevel: "imminent", categories: ["crisis"], actions: ["emergency_110", "guardian_contacted"], followUpAt: "2026-11-30T12:00:00+08:00" });
    const { call } = createCall(ctxFor(db, op, NOW), input);
    const recipients = db.select({ id: hotlineAlerts.recipientId }).from(hotlineAlerts).where(eq(hotlineAlerts.callId, call.id)).all().map((r) => r.id).sort((a, b) => a - b);
    expect(recipients).toEqual([admin.userId, partner.userId].sort((a, b) => a - b));
    expect(recipients).not.toContain(offDuty.userId);
    const audit = db.select().from(auditLog).where(and(eq(auditLog.action, "hotline.imminent_alert"), eq(auditLog.entityId, String(call.id)))).get()!;
    expect(JSON.parse(audit.details!).recipients).toEqual(recipients);
  });
});

describe("drafts and finalising", () => {
  const key = "draft-key-0001";

  it("upserts one draft per client key, then finalises it into a saved call; a repeat submit returns the same call", () => {
    const ctx = ctxFor(db, op, NOW);
    const a = saveCallDraft(ctx, saveCallDraftSchema.parse({ clientKey: key, startedAt: base.startedAt, summary: "正在" }));
    const b = saveCallDraft(ctx, saveCallDraftSchema.parse({ clientKey: key, startedAt: base.startedAt, summary: "正在记录", callerKind: "self", callerPhone: "138" }));
    expect(b.id).toBe(a.id);
    expect(db.select().from(hotlineCalls).where(eq(hotlineCalls.clientKey, key)).all()).toHaveLength(1);
    expect(db.select().from(hotlineCalls).where(eq(hotlineCalls.id, a.id)).get()).toMatchObject({ status: "draft", summary: "正在记录", callerPhone: "138" });

    const first = createCall(ctx, parse({ ...base, clientKey: key }));
    expect(first).toMatchObject({ created: true, call: { id: a.id, status: "saved" } });
    const again = createCall(ctx, parse({ ...base, clientKey: key }));
    expect(again).toMatchObject({ created: false, call: { id: a.id } });
    expect(db.select().from(hotlineCalls).where(eq(hotlineCalls.clientKey, key)).all()).toHaveLength(1);
    expect(db.select().from(auditLog).where(and(eq(auditLog.action, "hotline.call_create"), eq(auditLog.entityId, String(a.id)))).all()).toHaveLength(1);
  });

  it("refuses to autosave over a saved call or another operator's draft (409), and non-hotline users (403)", () => {
    expect(failure(() => saveCallDraft(ctxFor(db, op, NOW), saveCallDraftSchema.parse({ clientKey: key, startedAt: base.startedAt })))).toEqual({ code: "conflict", fields: [] });
    saveCallDraft(ctxFor(db, op, NOW), saveCallDraftSchema.parse({ clientKey: "draft-key-0002", startedAt: base.startedAt }));
    expect(failure(() => saveCallDraft(ctxFor(db, partner, NOW), saveCallDraftSchema.parse({ clientKey: "draft-key-0002", startedAt: base.startedAt })))).toEqual({ code: "conflict", fields: [] });
    expect(failure(() => createCall(ctxFor(db, partner, NOW), parse({ ...base, clientKey: "draft-key-0002" })))).toEqual({ code: "conflict", fields: [] });
    for (const who of [admin, counselor, resident]) {
      expect(failure(() => saveCallDraft(ctxFor(db, who, NOW), saveCallDraftSchema.parse({ clientKey: "draft-key-0003", startedAt: base.startedAt })))).toEqual({ code: "forbidden", fields: [] });
    }
  });

  it("alerts as soon as a draft is marked imminent, once per recipient", () => {
    const ctx = ctxFor(db, op, NOW);
    const d = saveCallDraft(ctx, saveCallDraftSchema.parse({ clientKey: "draft-key-0004", startedAt: base.startedAt, riskLevel: "imminent" }));
    saveCallDraft(ctx, saveCallDraftSchema.parse({ clientKey: "draft-key-0004", startedAt: base.startedAt, riskLevel: "imminent", summary: "更多" }));
    expect(db.select().from(hotlineAlerts).where(eq(hotlineAlerts.callId, d.id)).all()).toHaveLength(2);
  });

  it("keeps a draft's schema lenient but strict about unknown fields and times", () => {
    expect(saveCallDraftSchema.safeParse({ clientKey: "k", startedAt: base.startedAt }).success).toBe(false);
    expect(saveCallDraftSchema.safeParse({ clientKey: "draft-key-0005", startedAt: "2026-11-30 09:00" }).success).toBe(false);
    expect(saveCallDraftSchema.safeParse({ clientKey: "draft-key-0005", startedAt: base.startedAt, operatorId: 3 }).success).toBe(false);
  });
});

describe("the call form's values", () => {
  it("treat an empty phone box as no number", () => {
    expect(createCallSchema.parse({ ...base, callerPhone: "" }).callerPhone).toBeUndefined();
  });
});
