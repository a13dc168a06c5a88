import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, hotlineCalls } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { ctxFor, makeUser } from "../testing/fixtures";
import { createTestDb } from "../testing/test-db";
import { createCall } from "./create-call";
import { linkCallResident } from "./link-call-resident";
import { listCalls, listFollowUps, searchResidents, getDraft, myDrafts } from "./queries";
import { readCall } from "./read-call";
import { recordCallback } from "./record-callback";
import { saveCallDraft } from "./save-call-draft";
import { createCallSchema, listCallsSchema, listFollowUpsSchema, recordCallbackSchema, saveCallDraftSchema, updateCallSchema } from "./schemas";
import { NOW, failure, makeResident } from "./test-helpers";
import { updateCall } from "./update-call";

let db: Db;
let admin: Actor, op: Actor, op2: Actor, counselor: Actor, resident: Actor, teacher: Actor;
let residentA: number;

const base = {
  startedAt: "2026-11-30T09:00:00+08:00",
  callerKind: "self",
  categories: ["emotion"],
  summary: "常规来电，情绪疏导。",
  riskLevel: "none",
};

function log(who: Actor, over: Record<string, unknown> = {}, now = NOW) {
  return createCall(ctxFor(db, who, now), createCallSchema.parse({ ...base, ...over })).call.id;
}
const list = (who: Actor, q: Record<string, string> = {}) => listCalls(ctxFor(db, who, NOW), listCallsSchema.parse(q));
const queue = (who: Actor, q: Record<string, string> = {}, now = NOW) => listFollowUps(ctxFor(db, who, now), listFollowUpsSchema.parse(q));

beforeAll(async () => {
  db = createTestDb();
  admin = await makeUser(db, "admin", ["admin"]);
  op = await makeUser(db, "op", ["hotline"]);
  op2 = await makeUser(db, "op2", ["hotline", "counselor"]);
  counselor = await makeUser(db, "counselor2", ["counselor"]);
  resident = await makeUser(db, "resident", ["resident"]);
  teacher = await makeUser(db, "teacher", ["teacher"]);
  residentA = makeResident(db, "张秀英", "13839300011");
  makeResident(db, "张_百分%号", "13900000000");
});

describe("readCall", () => {
  it("gives hotline staff and admin the summary, and audits every read without the text", () => {
    const id = log(op, { summary: "SECRET-来电者提到自伤念头", callerPhone: "13839300011" });
    for (const who of [op, op2, admin]) {
      const d = readCall(ctxFor(db, who, NOW), id);
      expect(d.summary).toBe("SECRET-来电者提到自伤念头");
      expect(d.callerPhone).toBe("13839300011");
    }
    const reads = db.select().from(auditLog).where(and(eq(auditLog.action, "hotline.call_read"), eq(auditLog.entityId, String(id)))).all();
    expect(reads.map((r) => r.actorId)).toEqual([op.userId, op2.userId, admin.userId]);
    expect(JSON.stringify(reads)).not.toContain("SECRET");
    expect(readCall(ctxFor(db, op, NOW), id).canEdit).toBe(true);
    expect(readCall(ctxFor(db, op2, NOW), id).canEdit).toBe(false);
    expect(readCall(ctxFor(db, admin, NOW), id).canEdit).toBe(true);
  });

  it("refuses counsellors without the hotline role, teachers and residents (403, audited as denied)", () => {
    const id = log(op);
    for (const who of [counselor, teacher, resident]) expect(failure(() => readCall(ctxFor(db, who, NOW), id))).toEqual({ code: "forbidden", fields: [] });
    const denied = db.select().from(auditLog).where(and(eq(auditLog.action, "hotline.call_read"), eq(auditLog.outcome, "denied"), eq(auditLog.entityId, String(id)))).all();
    expect(denied).toHaveLength(3);
  });

  it("does not find a missing call or another operator's draft", () => {
    expect(failure(() => readCall(ctxFor(db, op, NOW), 987654))).toEqual({ code: "not_found", fields: [] });
    const d = saveCallDraft(ctxFor(db, op, NOW), saveCallDraftSchema.parse({ clientKey: "read-draft-01", startedAt: base.startedAt, summary: "草稿" }));
    expect(readCall(ctxFor(db, op, NOW), d.id).status).toBe("draft");
    expect(failure(() => readCall(ctxFor(db, op2, NOW), d.id))).toEqual({ code: "not_found", fields: [] });
    expect(failure(() => readCall(ctxFor(db, admin, NOW), d.id))).toEqual({ code: "not_found", fields: [] });
    expect(getDraft(ctxFor(db, op, NOW), "read-draft-01")?.summary).toBe("草稿");
    expect(getDraft(ctxFor(db, op2, NOW), "read-draft-01")).toBeNull();
    expect(myDrafts(ctxFor(db, op, NOW)).map((x) => x.id)).toContain(d.id);
    expect(myDrafts(ctxFor(db, op2, NOW)).map((x) => x.id)).not.toContain(d.id);
  });
});

describe("updateCall and linkCallResident", () => {
  it("lets the operator and an admin edit, not another operator (403) nor non-hotline staff (403)", () => {
    const id = log(op);
    const edit = updateCallSchema.parse({ ...base, summary: "补充：来电者情绪已平稳。", riskLevel: "medium", followUpAt: "2026-12-02T10:00:00+08:00" });
    expect(updateCall(ctxFor(db, op, NOW), id, edit)).toEqual({ id });
    expect(updateCall(ctxFor(db, admin, NOW), id, edit)).toEqual({ id });
    for (const who of [op2, counselor, resident, teacher]) expect(failure(() => updateCall(ctxFor(db, who, NOW), id, edit))).toEqual({ code: "forbidden", fields: [] });
    expect(db.select().from(hotlineCalls).where(eq(hotlineCalls.id, id)).get()).toMatchObject({ riskLevel: "medium", summary: "补充：来电者情绪已平稳。" });
    expect(db.select().from(auditLog).where(and(eq(auditLog.action, "hotline.call_update"), eq(auditLog.entityId, String(id)))).all()).toHaveLength(2);
  });

  it("refuses raising the risk to high without actions and follow-up (422) and editing a draft through it (409)", () => {
    const id = log(op);
    const bad = { ...updateCallSchema.parse(base), riskLevel: "high" as const };
    expect(failure(() => updateCall(ctxFor(db, op, NOW), id, bad))).toEqual({ code: "validation", fields: ["actions", "followUpAt"] });
    const d = saveCallDraft(ctxFor(db, op, NOW), saveCallDraftSchema.parse({ clientKey: "upd-draft-01", startedAt: base.startedAt }));
    expect(failure(() => updateCall(ctxFor(db, op, NOW), d.id, updateCallSchema.parse(base)))).toEqual({ code: "conflict", fields: [] });
    expect(failure(() => updateCall(ctxFor(db, op2, NOW), d.id, updateCallSchema.parse(base)))).toEqual({ code: "not_found", fields: [] });
  });

  it("links and unlinks a resident; an unknown resident is a field error", () => {
    const id = log(op);
    expect(linkCallResident(ctxFor(db, op, NOW), id, { residentId: residentA })).toEqual({ id, residentId: residentA });
    expect(readCall(ctxFor(db, op, NOW), id).resident?.name).toBe("张秀英");
    expect(failure(() => linkCallResident(ctxFor(db, op, NOW), id, { residentId: 424242 }))).toEqual({ code: "validation", fields: ["residentId"] });
    expect(failure(() => linkCallResident(ctxFor(db, op2, NOW), id, { residentId: null }))).toEqual({ code: "forbidden", fields: [] });
    expect(failure(() => linkCallResident(ctxFor(db, resident, NOW), id, { residentId: null }))).toEqual({ code: "forbidden", fields: [] });
    linkCallResident(ctxFor(db, admin, NOW), id, { residentId: null });
    expect(readCall(ctxFor(db, op, NOW), id).resident).toBeNull();
  });
});

describe("searchResidents", () => {
  it("finds by name or phone digits, treats % and _ literally, masks phones; hotline and admin only", () => {
    const ctx = ctxFor(db, op, NOW);
    expect(searchResidents(ctx, { q: "张秀" })[0]).toMatchObject({ id: residentA, maskedPhone: "138****0011" });
    expect(searchResidents(ctx, { q: "9300011" }).map((r) => r.id)).toEqual([residentA]);
    expect(searchResidents(ctx, { q: "%" }).map((r) => r.name)).toEqual(["张_百分%号"]);
    expect(searchResidents(ctx, { q: "_" }).map((r) => r.name)).toEqual(["张_百分%号"]);
    expect(searchResidents(ctx, { q: "' OR 1=1--" })).toEqual([]);
    for (const who of [counselor, resident, teacher]) expect(failure(() => searchResidents(ctxFor(db, who, NOW), { q: "张" }))).toEqual({ code: "forbidden", fields: [] });
  });
});

describe("listCalls", () => {
  let late: number, repeatA: number, repeatB: number, farApart: number, crisis: number;

  beforeAll(() => {
    // 00:30 on 12 November local is still 11 November in UTC.
    late = log(op2, { startedAt: "2026-11-12T00:30:00+08:00", categories: ["family"], summary: "深夜来电" });
    repeatA = log(op, { startedAt: "2026-11-10T10:00:00+08:00", callerPhone: "13700001111" });
    repeatB = log(op2, { startedAt: "2026-11-25T10:00:00+08:00", callerPhone: "137-0000-1111" });
    farApart = log(op, { startedAt: "2026-09-01T10:00:00+08:00", callerPhone: "13655556666" }, new Date("2026-09-01T12:00:00+08:00"));
    log(op, { startedAt: "2026-11-20T10:00:00+08:00", callerPhone: "13655556666" });
    crisis = log(op, { startedAt: "2026-11-28T22:00:00+08:00", categories: ["crisis", "emotion"], riskLevel: "high", actions: ["safety_plan"], followUpAt: "2026-11-29T10:00:00+08:00", residentId: residentA });
    log(op, { startedAt: "2026-11-29T08:00:00+08:00", residentId: residentA });
  });

  it("filters by local date range, both days inclusive, whatever the server's zone", () => {
    const ids = list(op, { from: "2026-11-12", to: "2026-11-12" }).items.map((c) => c.id);
    expect(ids).toEqual([late]);
    expect(list(op, { from: "2026-11-11", to: "2026-11-11" }).items).toEqual([]);
  });

  it("filters by category, risk and operator, newest first, without summaries", () => {
    const byCat = list(admin, { category: "crisis" }).items;
    expect(byCat.map((c) => c.id)).toEqual([crisis]);
    expect(Object.keys(byCat[0])).not.toContain("summary");
    expect(list(op, { risk: "high", from: "2026-11-28", to: "2026-11-28" }).items.map((c) => c.id)).toEqual([crisis]);
    const mine = list(op, { operatorId: String(op2.userId), from: "2026-11-01", to: "2026-11-30" }).items;
    expect(mine.every((c) => c.operator.id === op2.userId)).toBe(true);
    expect(mine.map((c) => c.id)).toEqual([repeatB, late]);
  });

  it("recognises repeat callers by phone or linked resident within 30 days", () => {
    const items = list(op, { repeat: "1", from: "2026-09-01", to: "2026-11-30" }).items.map((c) => c.id);
    expect(items).toContain(repeatA);
    expect(items).toContain(repeatB);
    expect(items).toContain(crisis);
    expect(items).not.toContain(farApart);
    expect(items).not.toContain(late);
    const a = list(op, { from: "2026-11-10", to: "2026-11-10" }).items.find((c) => c.id === repeatA)!;
    expect(a).toMatchObject({ repeatCaller: true, maskedPhone: "137****1111" });
  });

  it("searches by resident name or phone with escaped wildcards", () => {
    expect(list(op, { q: "张秀英" }).items.every((c) => c.resident?.id === residentA)).toBe(true);
    expect(list(op, { q: "0000-1111" }).items.map((c) => c.id).sort()).toEqual([repeatA, repeatB].sort());
    expect(list(op, { q: "%" }).items).toEqual([]);
    expect(list(op, { q: "' OR 1=1--" }).items).toEqual([]);
  });

  it("pages with a cursor and refuses a bad one", () => {
    const p1 = list(op, { limit: "2" });
    expect(p1.items).toHaveLength(2);
    const p2 = list(op, { limit: "2", cursor: p1.nextCursor! });
    expect(p2.items[0].startedAt.getTime()).toBeLessThanOrEqual(p1.items[1].startedAt.getTime());
    expect(new Set([...p1.items, ...p2.items].map((c) => c.id)).size).toBe(4);
    expect(failure(() => list(op, { cursor: "abc" }))).toEqual({ code: "validation", fields: ["cursor"] });
  });

  it("refuses counsellors without the hotline role, teachers and residents; schema refuses bad filters", () => {
    for (const who of [counselor, teacher, resident]) expect(failure(() => list(who))).toEqual({ code: "forbidden", fields: [] });
    expect(listCallsSchema.safeParse({ from: "2026-11-01" }).success).toBe(false);
    expect(listCallsSchema.safeParse({ from: "2026-11-31", to: "2026-12-01" }).success).toBe(false);
    expect(listCallsSchema.safeParse({ from: "2026-01-01", to: "2026-12-01" }).success).toBe(false);
    expect(listCallsSchema.safeParse({ risk: "severe" }).success).toBe(false);
    expect(listCallsSchema.safeParse({ limit: "500" }).success).toBe(false);
    expect(listCallsSchema.safeParse({ sort: "summary" }).success).toBe(false);
  });
});

describe("call-back queue and attempts", () => {
  let imminentLater: number, highLater: number, lowEarly: number, done: number, tomorrow: number;
  const T = new Date("2026-12-10T10:00:00+08:00");
  const day = { startedAt: "2026-12-10T08:00:00+08:00" };

  beforeAll(() => {
    const fu = (time: string) => `2026-12-10T${time}:00+08:00`;
    lowEarly = log(op, { ...day, riskLevel: "low", followUpAt: fu("08:30") }, T);
    highLater = log(op, { ...day, riskLevel: "high", actions: ["safety_plan"], followUpAt: fu("15:00") }, T);
    imminentLater = log(op2, { ...day, categories: ["crisis"], riskLevel: "imminent", actions: ["emergency_120"], followUpAt: fu("16:00") }, T);
    done = log(op, { ...day, riskLevel: "medium", followUpAt: fu("09:00") }, T);
    tomorrow = log(op, { ...day, riskLevel: "high", actions: ["guardian_contacted"], followUpAt: "2026-12-11T09:00:00+08:00" }, T);
    recordCallback(ctxFor(db, op, T), done, recordCallbackSchema.parse({ outcome: "done", note: "已回访，情况稳定" }));
  });

  const ids = (q: Record<string, string> = {}) => queue(op, q, T).items.map((i) => i.callId).filter((id) => [imminentLater, highLater, lowEarly, done, tomorrow].includes(id));

  it("lists open call-backs due today, imminent and high first, then by due time, overdue flagged", () => {
    expect(ids()).toEqual([imminentLater, highLater, lowEarly]);
    const items = queue(op, {}, T).items;
    expect(items.find((i) => i.callId === lowEarly)).toMatchObject({ overdue: true, attempts: 0 });
    expect(items.find((i) => i.callId === highLater)?.overdue).toBe(false);
    expect(ids({ before: "2026-12-12" })).toEqual([imminentLater, highLater, tomorrow, lowEarly]);
  });

  it("no answer keeps it due, rescheduled moves it, done closes it", () => {
    const ctx = ctxFor(db, op2, T);
    const na = recordCallback(ctx, lowEarly, recordCallbackSchema.parse({ outcome: "no_answer" }));
    expect(na.followUpDoneAt).toBeNull();
    expect(queue(op, {}, T).items.find((i) => i.callId === lowEarly)).toMatchObject({ attempts: 1, lastOutcome: "no_answer" });
    const r = recordCallback(ctx, lowEarly, recordCallbackSchema.parse({ outcome: "rescheduled", rescheduledTo: "2026-12-12T10:00:00+08:00" }));
    expect(r.followUpAt).toEqual(new Date("2026-12-12T10:00:00+08:00"));
    expect(ids()).toEqual([imminentLater, highLater]);
    recordCallback(ctx, highLater, recordCallbackSchema.parse({ outcome: "done" }));
    expect(ids()).toEqual([imminentLater]);
    const detail = readCall(ctxFor(db, op, T), lowEarly);
    expect(detail.attempts.map((a) => a.outcome)).toEqual(["no_answer", "rescheduled"]);
  });

  it("refuses a closed call-back (409), a reschedule without or before now (422), and non-hotline users (403)", () => {
    expect(failure(() => recordCallback(ctxFor(db, op, T), done, recordCallbackSchema.parse({ outcome: "done" })))).toEqual({ code: "conflict", fields: [] });
    const noFollowUp = log(op, day, T);
    expect(failure(() => recordCallback(ctxFor(db, op, T), noFollowUp, recordCallbackSchema.parse({ outcome: "done" })))).toEqual({ code: "conflict", fields: [] });
    expect(recordCallbackSchema.safeParse({ outcome: "rescheduled" }).success).toBe(false);
    expect(recordCallbackSchema.safeParse({ outcome: "called" }).success).toBe(false);
    expect(failure(() => recordCallback(ctxFor(db, op, T), tomorrow, recordCallbackSchema.parse({ outcome: "rescheduled", rescheduledTo: "2026-12-10T09:00:00+08:00" })))).toEqual({ code: "validation", fields: ["rescheduledTo"] });
    for (const who of [counselor, teacher, resident]) {
      expect(failure(() => recordCallback(ctxFor(db, who, T), tomorrow, recordCallbackSchema.parse({ outcome: "done" })))).toEqual({ code: "forbidden", fields: [] });
      expect(failure(() => queue(who, {}, T))).toEqual({ code: "forbidden", fields: [] });
    }
    expect(failure(() => recordCallback(ctxFor(db, op, T), 999999, recordCallbackSchema.parse({ outcome: "done" })))).toEqual({ code: "not_found", fields: [] });
  });

  it("moving the follow-up time of a done call reopens its call-back", () => {
    const edit = updateCallSchema.parse({ ...base, ...day, riskLevel: "medium", followUpAt: "2026-12-10T11:00:00+08:00" });
    updateCall(ctxFor(db, op, T), done, edit);
    expect(ids()).toContain(done);
  });
});
