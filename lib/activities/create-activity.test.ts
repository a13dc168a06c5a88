import { beforeEach, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { activities, activityTeachers, auditLog, reservations } from "@/db/schema";
import { reserveRoom } from "../rooms/reserve-room";
import { createActivity } from "./create-activity";
import { createActivityFormSchema, createActivitySchema } from "./schemas";
import { activitiesWorld, codeOf, errorOf, local, type ActivitiesWorld } from "./test-fixtures";

let w: ActivitiesWorld;
beforeEach(async () => {
  w = await activitiesWorld(0);
});

const base = () => ({ title: "青少年沙盘小组", type: "group_counselling" as const, roomId: w.room("sandplay"), startAt: local("2026-12-02 14:00"), endAt: local("2026-12-02 16:00"), capacity: 8 });

describe("createActivity", () => {
  it("books the room through the engine in the same transaction, owned by the activity, with the teacher on it", () => {
    const result = createActivity(w.ctx(w.teacher), base());
    expect(result.replayed).toBe(false);
    expect(result.seriesId).toBeNull();
    const [{ id, reservationId }] = result.activities;
    const a = w.db.select().from(activities).where(eq(activities.id, id)).get()!;
    expect(a).toMatchObject({ title: "青少年沙盘小组", status: "open", capacity: 8, reservationId, createdBy: w.teacher.userId });
    expect(a.signupDeadline.getTime()).toBe(a.startAt.getTime());
    const r = w.db.select().from(reservations).where(eq(reservations.id, reservationId)).get()!;
    expect(r).toMatchObject({ status: "confirmed", purpose: "activity", sourceType: "activity", sourceId: id, roomId: w.room("sandplay") });
    expect(w.db.select().from(activityTeachers).where(eq(activityTeachers.activityId, id)).all().map((x) => x.userId)).toEqual([w.teacher.userId]);
    expect(w.db.select().from(auditLog).where(and(eq(auditLog.action, "activity.create"), eq(auditLog.entityId, String(id)))).get()).toBeDefined();
  });

  it("takes the whole of a shared room for the group", () => {
    const { activities: [a] } = createActivity(w.ctx(w.teacher), { ...base(), roomId: w.room("music"), endAt: local("2026-12-02 15:30") }); // capacity 4, at most 90 minutes
    expect(w.db.select().from(reservations).where(eq(reservations.id, a.reservationId)).get()!.places).toBe(4);
    expect(codeOf(() => reserveRoom(w.ctx(w.counselor), { roomId: w.room("music"), startAt: local("2026-12-02 15:00"), endAt: local("2026-12-02 15:30") }))).toBe("conflict");
  });

  it("refuses a taken room with 409 and writes nothing", () => {
    reserveRoom(w.ctx(w.counselor), { roomId: w.room("sandplay"), startAt: local("2026-12-02 15:00"), endAt: local("2026-12-02 16:00") });
    const e = errorOf(() => createActivity(w.ctx(w.teacher), base()));
    expect(e.code).toBe("conflict");
    expect(w.db.select().from(activities).all()).toHaveLength(0);
    expect(w.rowCount(w.room("sandplay"))).toBe(1);
  });

  it("refuses residents, counsellors (403), past times and closed hours (422), unknown rooms and teachers (422)", () => {
    expect(codeOf(() => createActivity(w.ctx(w.resident), base()))).toBe("forbidden");
    expect(codeOf(() => createActivity(w.ctx(w.counselor), base()))).toBe("forbidden");
    expect(codeOf(() => createActivity(w.ctx(w.teacher), { ...base(), startAt: local("2026-11-30 08:30"), endAt: local("2026-11-30 08:45") }))).toBe("validation");
    expect(codeOf(() => createActivity(w.ctx(w.teacher), { ...base(), startAt: local("2026-12-02 17:00"), endAt: local("2026-12-02 18:00") }))).toBe("validation");
    expect(codeOf(() => createActivity(w.ctx(w.teacher), { ...base(), roomId: 999 }))).toBe("validation");
    const e = errorOf(() => createActivity(w.ctx(w.teacher), { ...base(), teacherIds: [w.counselor.userId] }));
    expect(e.code).toBe("validation");
    expect(e.fieldErrors?.teacherIds).toBeDefined();
    expect(w.db.select().from(activities).all()).toHaveLength(0);
  });

  it("lets the admin create one for other teachers, and a teacher add a co-teacher", () => {
    const a = createActivity(w.ctx(w.admin), { ...base(), teacherIds: [w.teacher2.userId] }).activities[0].id;
    expect(w.db.select().from(activityTeachers).where(eq(activityTeachers.activityId, a)).all().map((x) => x.userId)).toEqual([w.teacher2.userId]);
    const b = createActivity(w.ctx(w.teacher), { ...base(), roomId: w.room("studio"), teacherIds: [w.teacher2.userId] }).activities[0].id;
    expect(w.db.select().from(activityTeachers).where(eq(activityTeachers.activityId, b)).all().map((x) => x.userId).sort()).toEqual([w.teacher.userId, w.teacher2.userId].sort());
  });

  it("creates a weekly series: one activity and one reservation per week, sharing a series id", () => {
    const result = createActivity(w.ctx(w.teacher), { ...base(), signupDeadline: local("2026-12-01 18:00"), repeat: { count: 4 } });
    expect(result.activities).toHaveLength(4);
    expect(result.seriesId).toMatch(/^[0-9a-f-]{36}$/);
    const rows = w.db.select().from(activities).where(eq(activities.seriesId, result.seriesId!)).all();
    expect(rows.map((r) => r.startAt.toISOString())).toEqual([
      local("2026-12-02 14:00").toISOString(),
      local("2026-12-09 14:00").toISOString(),
      local("2026-12-16 14:00").toISOString(),
      local("2026-12-23 14:00").toISOString(),
    ]);
    // The deadline keeps its distance to each start (20 hours before).
    for (const r of rows) expect(r.startAt.getTime() - r.signupDeadline.getTime()).toBe(20 * 3600_000);
    expect(w.db.select().from(reservations).where(eq(reservations.seriesId, result.seriesId!)).all()).toHaveLength(4);
  });

  it("saves nothing of a series when one week is taken, and names the week (409)", () => {
    reserveRoom(w.ctx(w.counselor), { roomId: w.room("sandplay"), startAt: local("2026-12-16 14:00"), endAt: local("2026-12-16 15:00") });
    const e = errorOf(() => createActivity(w.ctx(w.teacher), { ...base(), repeat: { count: 4 } }));
    expect(e.code).toBe("conflict");
    expect(Object.keys(e.fieldErrors ?? {})).toEqual(["occurrences.2"]);
    expect(e.fieldErrors!["occurrences.2"][0]).toContain("12月16日");
    expect(w.db.select().from(activities).all()).toHaveLength(0);
  });

  it("returns the first result for a repeated submit with the same request key", () => {
    const first = createActivity(w.ctx(w.teacher), { ...base(), repeat: { count: 2 }, requestKey: "key-12345678" });
    const again = createActivity(w.ctx(w.teacher), { ...base(), repeat: { count: 2 }, requestKey: "key-12345678" });
    expect(again.replayed).toBe(true);
    expect(again.activities.map((a) => a.id)).toEqual(first.activities.map((a) => a.id));
    expect(w.db.select().from(activities).all()).toHaveLength(2);
  });
});

describe("activity schemas", () => {
  it("refuses unknown fields, times without an offset, a deadline after the start and an end before the start", () => {
    const ok = { title: "讲座", roomId: 1, startAt: "2026-12-02T14:00:00+08:00", endAt: "2026-12-02T15:00:00+08:00", capacity: 10 };
    expect(createActivitySchema.safeParse(ok).success).toBe(true);
    expect(createActivitySchema.safeParse({ ...ok, status: "closed" }).success).toBe(false);
    expect(createActivitySchema.safeParse({ ...ok, startAt: "2026-12-02T14:00:00" }).success).toBe(false);
    expect(createActivitySchema.safeParse({ ...ok, signupDeadline: "2026-12-02T14:30:00+08:00" }).success).toBe(false);
    expect(createActivitySchema.safeParse({ ...ok, endAt: "2026-12-02T13:00:00+08:00" }).success).toBe(false);
    expect(createActivitySchema.safeParse({ ...ok, capacity: 0 }).success).toBe(false);
    expect(createActivitySchema.safeParse({ ...ok, title: "" }).success).toBe(false);
  });

  it("turns the form's local date and clock times into centre-time instants", () => {
    const r = createActivityFormSchema.parse({
      title: "亲子沟通讲座",
      description: "",
      type: "parent_child",
      roomId: "3",
      date: "2026-12-05",
      startTime: "09:30",
      endTime: "11:00",
      capacity: 20,
      audience: "",
      deadlineDate: "2026-12-04",
      deadlineTime: "",
      teacherIds: ["7"],
      repeat: true,
      repeatCount: 3,
      requestKey: "abcdefgh1234",
    });
    expect(r.startAt.toISOString()).toBe("2026-12-05T01:30:00.000Z");
    expect(r.endAt.toISOString()).toBe("2026-12-05T03:00:00.000Z");
    expect(r.signupDeadline?.toISOString()).toBe("2026-12-04T15:59:00.000Z");
    expect(r).toMatchObject({ roomId: 3, teacherIds: [7], repeat: { count: 3 }, description: undefined });
  });
});
