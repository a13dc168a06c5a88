import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, hotlineShifts } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { ctxFor, makeUser } from "../testing/fixtures";
import { createTestDb } from "../testing/test-db";
import { addHandoverNote } from "./add-handover-note";
import { copyLastWeek } from "./copy-last-week";
import { createShift } from "./create-shift";
import { deleteShift } from "./delete-shift";
import { markAlertRead } from "./mark-alert-read";
import { callOperators, listFollowUps, listHandoverNotes, listHotlineStaff, myShiftFollowUpCounts, myShiftFollowUps, listShifts, myComingShifts, myHotlineAlerts, onDutyNow, previousShiftHandover, rosterWeek } from "./queries";
import { createCall } from "./create-call";
import { createCallSchema, handoverNoteSchema, listFollowUpsSchema, listShiftsSchema, shiftSchema } from "./schemas";
import { NOW, failure } from "./test-helpers";
import { updateShift } from "./update-shift";

let db: Db;
let admin: Actor, a: Actor, b: Actor, c: Actor, counselor: Actor, teacher: Actor, resident: Actor, carer: Actor;

const shift = (start: string, end: string, staff: Actor[], notes?: string) =>
  shiftSchema.parse({ startAt: `${start}+08:00`, endAt: `${end}+08:00`, staffIds: staff.map((s) => s.userId), notes });

beforeAll(async () => {
  db = createTestDb();
  admin = await makeUser(db, "admin", ["admin"]);
  a = await makeUser(db, "hl-a", ["hotline"], { name: "甲值班" });
  b = await makeUser(db, "hl-b", ["hotline", "counselor"], { name: "乙值班" });
  c = await makeUser(db, "hl-c", ["hotline"], { name: "丙值班" });
  counselor = await makeUser(db, "counselor2", ["counselor"]);
  teacher = await makeUser(db, "teacher", ["teacher"]);
  resident = await makeUser(db, "resident", ["resident"]);
  carer = await makeUser(db, "carer", ["carer"]);
});

describe("shiftSchema", () => {
  it("refuses end before start, over 24 hours, times without offset and unknown fields", () => {
    const ok = { startAt: "2026-12-01T08:00:00+08:00", endAt: "2026-12-01T14:00:00+08:00", staffIds: [1, 2] };
    expect(shiftSchema.safeParse(ok).success).toBe(true);
    expect(shiftSchema.safeParse({ ...ok, endAt: "2026-12-01T07:00:00+08:00" }).success).toBe(false);
    expect(shiftSchema.safeParse({ ...ok, endAt: "2026-12-02T09:00:00+08:00" }).success).toBe(false);
    expect(shiftSchema.safeParse({ ...ok, startAt: "2026-12-01T08:00:00" }).success).toBe(false);
    expect(shiftSchema.safeParse({ ...ok, createdBy: 1 }).success).toBe(false);
    expect(shiftSchema.parse({ ...ok, staffIds: [1, 1, 2] }).staffIds).toEqual([1, 2]);
  });
});

describe("roster", () => {
  it("admin creates a shift with two hotline staff: no warnings, audited", () => {
    const r = createShift(ctxFor(db, admin, NOW), shift("2026-12-01T08:00:00", "2026-12-01T14:00:00", [a, b]));
    expect(r.warnings).toEqual([]);
    expect(db.select().from(auditLog).where(and(eq(auditLog.action, "hotline.shift_create"), eq(auditLog.entityId, String(r.id)))).get()).toBeTruthy();
  });

  it("warns (does not refuse) for fewer than two people and for one person on overlapping shifts", () => {
    const solo = createShift(ctxFor(db, admin, NOW), shift("2026-12-01T14:00:00", "2026-12-01T20:00:00", [c]));
    expect(solo.warnings).toEqual([{ shiftId: solo.id, code: "understaffed", count: 1 }]);
    const clash = createShift(ctxFor(db, admin, NOW), shift("2026-12-01T12:00:00", "2026-12-01T18:00:00", [a, c]));
    expect(clash.warnings.map((w) => w.code).sort()).toEqual(["overlap", "overlap"]);
    expect(clash.warnings).toContainEqual(expect.objectContaining({ code: "overlap", userId: a.userId, userName: "甲值班" }));
    const week = rosterWeek(ctxFor(db, admin, NOW), new Date("2026-12-03T12:00:00+08:00"));
    expect(week.weekStart).toEqual(new Date("2026-11-30T00:00:00+08:00"));
    expect(week.shifts).toHaveLength(3);
    expect(week.warnings.filter((w) => w.shiftId === solo.id).map((w) => w.code).sort()).toEqual(["overlap", "understaffed"]);
    // Fixing the clash clears the warnings.
    const fixed = updateShift(ctxFor(db, admin, NOW), clash.id, shift("2026-12-01T20:00:00", "2026-12-02T08:00:00", [a, b]));
    expect(fixed.warnings).toEqual([]);
  });

  it("refuses staff without the hotline role or disabled (422), and anyone but admin (403)", async () => {
    const off = await makeUser(db, "hl-off", ["hotline"], { active: false });
    expect(failure(() => createShift(ctxFor(db, admin, NOW), shift("2026-12-02T08:00:00", "2026-12-02T14:00:00", [a, counselor])))).toEqual({ code: "validation", fields: ["staffIds"] });
    expect(failure(() => createShift(ctxFor(db, admin, NOW), shift("2026-12-02T08:00:00", "2026-12-02T14:00:00", [a, off])))).toEqual({ code: "validation", fields: ["staffIds"] });
    for (const who of [a, counselor, teacher, resident, carer]) {
      expect(failure(() => createShift(ctxFor(db, who, NOW), shift("2026-12-02T08:00:00", "2026-12-02T14:00:00", [a, b])))).toEqual({ code: "forbidden", fields: [] });
      expect(failure(() => copyLastWeek(ctxFor(db, who, NOW), { week: "2026-12-07" }))).toEqual({ code: "forbidden", fields: [] });
    }
    expect(failure(() => updateShift(ctxFor(db, admin, NOW), 99999, shift("2026-12-02T08:00:00", "2026-12-02T14:00:00", [a, b])))).toEqual({ code: "not_found", fields: [] });
    expect(listHotlineStaff(ctxFor(db, admin, NOW)).map((s) => s.id)).toEqual([a.userId, b.userId, c.userId]);
  });

  it("copies last week one week on, with the same staff, and twice adds nothing", () => {
    const ctx = ctxFor(db, admin, NOW);
    const first = copyLastWeek(ctx, { week: "2026-12-09" });
    expect(first.created).toBe(3);
    expect(first.skipped).toBe(0);
    const next = rosterWeek(ctx, new Date("2026-12-07T00:00:00+08:00"));
    expect(next.shifts.map((s) => s.startAt)).toContainEqual(new Date("2026-12-08T08:00:00+08:00"));
    expect(next.shifts.find((s) => s.startAt.getTime() === new Date("2026-12-08T08:00:00+08:00").getTime())?.staff.map((p) => p.id).sort()).toEqual([a.userId, b.userId].sort());
    // The shift that runs from 20:00 into the next day is copied too.
    expect(next.shifts.map((s) => s.endAt)).toContainEqual(new Date("2026-12-09T08:00:00+08:00"));
    expect(copyLastWeek(ctx, { week: "2026-12-07" })).toMatchObject({ created: 0, skipped: 3 });
  });

  it("deletes a planned shift; one with handover notes stays (409)", () => {
    const ctx = ctxFor(db, admin, NOW);
    const s = createShift(ctx, shift("2026-12-20T08:00:00", "2026-12-20T14:00:00", [a, b]));
    deleteShift(ctx, s.id);
    expect(db.select().from(hotlineShifts).where(eq(hotlineShifts.id, s.id)).get()).toBeUndefined();
    const kept = createShift(ctx, shift("2026-12-21T08:00:00", "2026-12-21T14:00:00", [a, b]));
    addHandoverNote(ctxFor(db, a, NOW), kept.id, handoverNoteSchema.parse({ text: "一位来电者明早需要回访。" }));
    expect(failure(() => deleteShift(ctx, kept.id))).toEqual({ code: "conflict", fields: [] });
    expect(failure(() => deleteShift(ctxFor(db, a, NOW), kept.id))).toEqual({ code: "forbidden", fields: [] });
  });
});

describe("duty views", () => {
  let current: number, previous: number;
  beforeAll(() => {
    const ctx = ctxFor(db, admin, NOW);
    previous = createShift(ctx, shift("2026-11-29T20:00:00", "2026-11-30T08:00:00", [b, c])).id;
    current = createShift(ctx, shift("2026-11-30T08:00:00", "2026-11-30T14:00:00", [a, b])).id;
  });

  it("shows who is on duty now and each operator's coming shifts", () => {
    expect(onDutyNow(ctxFor(db, teacher, NOW)).map((s) => s.id)).toEqual([current]);
    const mine = myComingShifts(ctxFor(db, a, NOW));
    expect(mine[0].id).toBe(current);
    expect(mine.every((s) => s.staff.some((p) => p.id === a.userId))).toBe(true);
    expect(myComingShifts(ctxFor(db, c, NOW)).map((s) => s.id)).not.toContain(previous);
  });

  it("lists shifts to any staff member (API.md: staff), not to residents", () => {
    for (const who of [teacher, carer, counselor, a, admin]) {
      const r = listShifts(ctxFor(db, who, NOW), listShiftsSchema.parse({ from: "2026-11-30", to: "2026-11-30" }));
      expect(r.items.map((s) => s.id)).toEqual([previous, current]);
    }
    expect(failure(() => listShifts(ctxFor(db, resident, NOW), listShiftsSchema.parse({})))).toEqual({ code: "forbidden", fields: [] });
    expect(listShiftsSchema.safeParse({ from: "2026-11-30" }).success).toBe(false);
    const p1 = listShifts(ctxFor(db, a, NOW), listShiftsSchema.parse({ from: "2026-11-29", to: "2026-12-31", limit: "2" }));
    const p2 = listShifts(ctxFor(db, a, NOW), listShiftsSchema.parse({ from: "2026-11-29", to: "2026-12-31", limit: "2", cursor: p1.nextCursor! }));
    expect(p1.items.map((s) => s.id)).toEqual([previous, current]);
    expect(p2.items[0].startAt.getTime()).toBeGreaterThanOrEqual(p1.items[1].startAt.getTime());
    expect(p2.items.map((s) => s.id)).not.toContain(current);
  });

  it("hands notes from the previous shift to the current one; hotline and admin only", () => {
    addHandoverNote(ctxFor(db, c, NOW), previous, handoverNoteSchema.parse({ text: "凌晨来电者已约今天上午回访。" }));
    const h = previousShiftHandover(ctxFor(db, a, NOW));
    expect(h.shift?.id).toBe(previous);
    expect(h.notes.map((n) => [n.text, n.author.id])).toEqual([["凌晨来电者已约今天上午回访。", c.userId]]);
    expect(listHandoverNotes(ctxFor(db, admin, NOW), previous)).toHaveLength(1);
    for (const who of [teacher, counselor, resident]) {
      expect(failure(() => addHandoverNote(ctxFor(db, who, NOW), previous, { text: "x" }))).toEqual({ code: "forbidden", fields: [] });
      expect(failure(() => listHandoverNotes(ctxFor(db, who, NOW), previous))).toEqual({ code: "forbidden", fields: [] });
    }
    expect(failure(() => addHandoverNote(ctxFor(db, a, NOW), 99999, { text: "x" }))).toEqual({ code: "not_found", fields: [] });
    expect(handoverNoteSchema.safeParse({ text: "  " }).success).toBe(false);
  });

  it("shows an imminent alert to the partner on duty until they mark it read; others cannot touch it", () => {
    const input = createCallSchema.parse({
      startedAt: "2026-11-30T09:30:00+08:00",
      callerKind: "self",
      categories: ["crisis"],
      summary: "来电者表示已准备药物。",
      riskLevel: "imminent",
      actions: ["emergency_120"],
      followUpAt: "2026-11-30T13:00:00+08:00",
    });
    const { call } = createCall(ctxFor(db, a, NOW), input);
    const alerts = myHotlineAlerts(ctxFor(db, b, NOW));
    expect(alerts.map((x) => [x.callId, x.raisedBy.id])).toEqual([[call.id, a.userId]]);
    expect(myHotlineAlerts(ctxFor(db, admin, NOW)).map((x) => x.callId)).toEqual([call.id]);
    expect(myHotlineAlerts(ctxFor(db, a, NOW))).toEqual([]);
    expect(myHotlineAlerts(ctxFor(db, c, NOW))).toEqual([]);
    expect(failure(() => markAlertRead(ctxFor(db, c, NOW), alerts[0].id))).toEqual({ code: "not_found", fields: [] });
    markAlertRead(ctxFor(db, b, NOW), alerts[0].id);
    markAlertRead(ctxFor(db, b, NOW), alerts[0].id);
    expect(myHotlineAlerts(ctxFor(db, b, NOW))).toEqual([]);
    expect(myHotlineAlerts(ctxFor(db, admin, NOW))).toHaveLength(1);
  });

  it("the queue of a night shift reaches to the shift's end, past midnight; the API default stops at midnight", () => {
    const night = new Date("2026-11-30T22:00:00+08:00");
    createShift(ctxFor(db, admin, night), shift("2026-11-30T20:00:00", "2026-12-01T08:00:00", [c]));
    const input = createCallSchema.parse({
      startedAt: "2026-11-30T21:30:00+08:00",
      callerKind: "self",
      categories: ["emotion"],
      summary: "夜间来电，约定清晨回访。",
      riskLevel: "medium",
      followUpAt: "2026-12-01T06:00:00+08:00",
    });
    const { call } = createCall(ctxFor(db, c, night), input);
    const queue = myShiftFollowUps(ctxFor(db, c, night));
    expect(queue.map((f) => f.callId)).toContain(call.id);
    // The home widget's counts are the same queue's.
    expect(myShiftFollowUpCounts(ctxFor(db, c, night))).toEqual({ due: queue.length, overdue: queue.filter((f) => f.overdue).length });
    expect(myShiftFollowUpCounts(ctxFor(db, c, new Date("2026-12-01T07:00:00+08:00"))).overdue).toBeGreaterThanOrEqual(1);
    expect(listFollowUps(ctxFor(db, c, night), listFollowUpsSchema.parse({})).items.map((f) => f.callId)).not.toContain(call.id);
    expect(callOperators(ctxFor(db, admin, night)).map((o) => o.id)).toEqual(expect.arrayContaining([a.userId, c.userId]));
    expect(failure(() => myShiftFollowUps(ctxFor(db, teacher, night)))).toEqual({ code: "forbidden", fields: [] });
    expect(failure(() => myShiftFollowUpCounts(ctxFor(db, teacher, night)))).toEqual({ code: "forbidden", fields: [] });
  });
});
