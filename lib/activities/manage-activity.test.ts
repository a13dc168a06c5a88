import { beforeEach, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { activities, activitySignups, auditLog, reservations, residentMessages } from "@/db/schema";
import { reserveRoom } from "../rooms/reserve-room";
import { cancelActivity } from "./cancel-activity";
import { createActivity } from "./create-activity";
import { leaveFeedback } from "./leave-feedback";
import { activityRoster, getActivity, listActivities, myActivities, recentResidentMessages } from "./queries";
import { recordAttendance } from "./record-attendance";
import { signUp } from "./sign-up";
import { updateActivity } from "./update-activity";
import { activitiesWorld, AFTER, BEFORE_START, codeOf, errorOf, local, type ActivitiesWorld } from "./test-fixtures";

let w: ActivitiesWorld;
beforeEach(async () => {
  w = await activitiesWorld(2);
});

const reservation = (id: number) => w.db.select().from(reservations).where(eq(reservations.id, id)).get()!;
const activityRow = (id: number) => w.db.select().from(activities).where(eq(activities.id, id)).get()!;
const signupId = (activityId: number, residentId: number) =>
  w.db.select({ id: activitySignups.id }).from(activitySignups).where(and(eq(activitySignups.activityId, activityId), eq(activitySignups.residentId, residentId))).get()!.id;

describe("updateActivity", () => {
  it("moves the room booking with the activity and tells those signed up; a clash changes nothing (409)", () => {
    const id = w.activity();
    signUp(w.ctx(w.resident), id);
    const before = activityRow(id);
    updateActivity(w.ctx(w.teacher), id, { startAt: local("2026-12-03 09:00"), endAt: local("2026-12-03 10:30"), title: "正念减压小组（改期）" });
    const after = activityRow(id);
    expect(after.startAt.getTime()).toBe(local("2026-12-03 09:00").getTime());
    expect(reservation(before.reservationId!).status).toBe("cancelled");
    expect(reservation(after.reservationId!)).toMatchObject({ status: "confirmed", sourceType: "activity", sourceId: id });
    expect(w.db.select().from(residentMessages).where(eq(residentMessages.residentId, w.resident.residentId!)).all().map((m) => m.kind)).toEqual(["activity_changed"]);

    reserveRoom(w.ctx(w.counselor), { roomId: w.room("studio"), startAt: local("2026-12-04 10:00"), endAt: local("2026-12-04 11:00") });
    const e = errorOf(() => updateActivity(w.ctx(w.teacher), id, { roomId: w.room("studio"), startAt: local("2026-12-04 10:00"), endAt: local("2026-12-04 11:00") }));
    expect(e.code).toBe("conflict");
    expect(activityRow(id)).toEqual(after);
    expect(reservation(after.reservationId!).status).toBe("confirmed");
  });

  it("lets only the activity's teachers and the admin change it (403), and never once started (409)", () => {
    const id = w.activity();
    expect(codeOf(() => updateActivity(w.ctx(w.teacher2), id, { title: "改名" }))).toBe("forbidden");
    expect(codeOf(() => updateActivity(w.ctx(w.resident), id, { title: "改名" }))).toBe("forbidden");
    expect(codeOf(() => updateActivity(w.ctx(w.counselor), id, { title: "改名" }))).toBe("forbidden");
    expect(activityRow(id).title).toBe("正念减压小组");
    expect(codeOf(() => updateActivity(w.ctx(w.admin), id, { title: "改名", teacherIds: [w.teacher2.userId] }))).toBe("ok");
    // Now it is teacher2's, and no longer the first teacher's.
    expect(codeOf(() => updateActivity(w.ctx(w.teacher), id, { title: "再改" }))).toBe("forbidden");
    expect(codeOf(() => updateActivity(w.ctx(w.teacher2), id, { title: "再改" }))).toBe("ok");
    expect(codeOf(() => updateActivity(w.ctx(w.teacher2, local("2026-12-02 14:00")), id, { title: "开始后" }))).toBe("conflict");
    expect(codeOf(() => updateActivity(w.ctx(w.teacher2), 9999, { title: "x" }))).toBe("not_found");
  });
});

describe("cancelActivity", () => {
  it("frees the room, cancels every place and tells everyone signed up or waiting", () => {
    const id = w.activity({ capacity: 1 });
    signUp(w.ctx(w.resident), id);
    signUp(w.ctx(w.resident2), id);
    expect(codeOf(() => cancelActivity(w.ctx(w.teacher2), id))).toBe("forbidden");
    cancelActivity(w.ctx(w.teacher), id, { reason: "老师生病" });
    const a = activityRow(id);
    expect(a).toMatchObject({ status: "cancelled", cancelReason: "老师生病", cancelledBy: w.teacher.userId });
    expect(reservation(a.reservationId!).status).toBe("cancelled");
    expect(w.db.select().from(activitySignups).where(eq(activitySignups.activityId, id)).all().every((s) => s.status === "cancelled")).toBe(true);
    for (const r of [w.resident, w.resident2]) {
      expect(recentResidentMessages(w.ctx(r))[0].text).toContain("已取消");
    }
    // The room is free again.
    expect(codeOf(() => reserveRoom(w.ctx(w.counselor), { roomId: w.room("sandplay"), startAt: local("2026-12-02 14:00"), endAt: local("2026-12-02 15:00") }))).toBe("ok");
    // Again: a no-op.
    expect(cancelActivity(w.ctx(w.teacher), id).cancelledIds).toEqual([]);
    // The audit row has no reason text.
    const audit = w.db.select().from(auditLog).where(and(eq(auditLog.action, "activity.cancel"), eq(auditLog.entityId, String(id)))).get()!;
    expect(audit.details).not.toContain("老师生病");
  });

  it("cancels this and the following weeks of a series, leaving the earlier ones", () => {
    const { activities: series } = createActivity(w.ctx(w.teacher), {
      title: "周三沙盘",
      roomId: w.room("sandplay"),
      startAt: local("2026-12-02 14:00"),
      endAt: local("2026-12-02 15:00"),
      capacity: 6,
      repeat: { count: 4 },
    });
    const { cancelledIds } = cancelActivity(w.ctx(w.teacher), series[1].id, { scope: "following" });
    expect(cancelledIds.sort((a, b) => a - b)).toEqual(series.slice(1).map((s) => s.id));
    expect(activityRow(series[0].id).status).toBe("open");
    expect(reservation(series[0].reservationId).status).toBe("confirmed");
    expect(series.slice(1).every((s) => reservation(s.reservationId).status === "cancelled")).toBe(true);
  });
});

describe("attendance and feedback", () => {
  it("a teacher of the activity marks attendance from an hour before the start; residents who attended rate it once afterwards", () => {
    const id = w.activity({ capacity: 2 });
    signUp(w.ctx(w.resident), id);
    signUp(w.ctx(w.resident2), id);
    signUp(w.ctx(w.more[0]), id);
    const a = signupId(id, w.resident.residentId!);
    const b = signupId(id, w.resident2.residentId!);
    const waiting = signupId(id, w.more[0].residentId!);

    expect(codeOf(() => recordAttendance(w.ctx(w.teacher, local("2026-12-02 12:59")), id, { marks: [{ signupId: a, attended: true }] }))).toBe("conflict");
    expect(codeOf(() => recordAttendance(w.ctx(w.teacher2, BEFORE_START), id, { marks: [{ signupId: a, attended: true }] }))).toBe("forbidden");
    expect(codeOf(() => recordAttendance(w.ctx(w.resident, BEFORE_START), id, { marks: [{ signupId: a, attended: true }] }))).toBe("forbidden");
    expect(codeOf(() => recordAttendance(w.ctx(w.teacher, BEFORE_START), id, { marks: [{ signupId: waiting, attended: true }] }))).toBe("conflict");
    expect(codeOf(() => recordAttendance(w.ctx(w.teacher, BEFORE_START), id, { marks: [{ signupId: 99999, attended: true }] }))).toBe("validation");

    expect(recordAttendance(w.ctx(w.teacher, BEFORE_START), id, { marks: [{ signupId: a, attended: true }, { signupId: b, attended: true }] })).toEqual([
      { signupId: a, status: "attended" },
      { signupId: b, status: "attended" },
    ]);
    // Changed on second thoughts.
    recordAttendance(w.ctx(w.teacher, AFTER), id, { marks: [{ signupId: b, attended: false }] });

    expect(codeOf(() => leaveFeedback(w.ctx(w.resident, local("2026-12-02 15:00")), id, { rating: 5 }))).toBe("conflict");
    expect(leaveFeedback(w.ctx(w.resident, AFTER), id, { rating: 4, comment: "很放松，谢谢老师" })).toEqual({ rating: 4 });
    expect(errorOf(() => leaveFeedback(w.ctx(w.resident, AFTER), id, { rating: 5 })).userMessage).toBe("您已经评价过这个活动了。");
    expect(codeOf(() => leaveFeedback(w.ctx(w.resident2, AFTER), id, { rating: 1 }))).toBe("conflict");
    expect(codeOf(() => leaveFeedback(w.ctx(w.more[1], AFTER), id, { rating: 3 }))).toBe("conflict");
    expect(codeOf(() => leaveFeedback(w.ctx(w.teacher, AFTER), id, { rating: 3 }))).toBe("forbidden");

    const roster = activityRoster(w.ctx(w.teacher, AFTER), id);
    expect(roster.registered.map((r) => r.status)).toEqual(["attended", "absent"]);
    expect(roster.waitlist).toHaveLength(1);
    expect(roster.feedback).toMatchObject({ count: 1, average: 4, comments: [{ rating: 4, comment: "很放松，谢谢老师" }] });
    expect(myActivities(w.ctx(w.resident, AFTER)).past[0].mySignup).toMatchObject({ status: "attended", rating: 4 });
  });
});

describe("queries", () => {
  it("gives the roster only to the activity's teachers and the admin (404 otherwise), audited, with masked phones", () => {
    const id = w.activity();
    signUp(w.ctx(w.resident), id);
    expect(activityRoster(w.ctx(w.teacher), id).registered[0].name).toBe("张秀英");
    expect(activityRoster(w.ctx(w.admin), id).registered).toHaveLength(1);
    expect(codeOf(() => activityRoster(w.ctx(w.teacher2), id))).toBe("not_found");
    expect(codeOf(() => activityRoster(w.ctx(w.resident), id))).toBe("not_found");
    expect(codeOf(() => activityRoster(w.ctx(w.counselor), id))).toBe("not_found");
    expect(w.db.select().from(auditLog).where(eq(auditLog.action, "activity.roster_read")).all()).toHaveLength(2);
  });

  it("shows a resident the counts and only their own sign-up", () => {
    const id = w.activity({ capacity: 1 });
    signUp(w.ctx(w.resident), id);
    signUp(w.ctx(w.resident2), id);
    const mine = getActivity(w.ctx(w.resident2), id);
    expect(mine).toMatchObject({ registered: 1, waitlisted: 1, mySignup: { status: "waitlisted", waitlistPosition: 1 }, canManage: false });
    expect(getActivity(w.ctx(w.more[0]), id).mySignup).toBeNull();
    expect(getActivity(w.ctx(w.teacher), id)).toMatchObject({ mySignup: null, canManage: true });
    expect(JSON.stringify(getActivity(w.ctx(w.more[0]), id))).not.toContain("张秀英");
  });

  it("lists upcoming and past, a teacher's own, hides cancelled ones from residents, and pages with a cursor", () => {
    const a = w.activity({ title: "甲" });
    const b = w.activity({ title: "乙", roomId: w.room("studio") }, w.teacher2);
    const c = w.activity({ title: "丙", roomId: w.room("emotion"), endAt: local("2026-12-02 15:00") });
    cancelActivity(w.ctx(w.teacher), c);
    expect(listActivities(w.ctx(w.teacher), {}).items.map((x) => x.id).sort()).toEqual([a, b, c].sort());
    expect(listActivities(w.ctx(w.teacher), { mine: "1" }).items.map((x) => x.id).sort()).toEqual([a, c].sort());
    expect(listActivities(w.ctx(w.resident), {}).items.map((x) => x.id).sort()).toEqual([a, b].sort());
    expect(listActivities(w.ctx(w.resident), { status: "cancelled" }).items).toEqual([]);
    expect(listActivities(w.ctx(w.teacher, AFTER), { scope: "past" }).items.map((x) => x.id).sort()).toEqual([a, b, c].sort());
    expect(listActivities(w.ctx(w.teacher, AFTER), {}).items).toEqual([]);
    const first = listActivities(w.ctx(w.teacher), { limit: 2 });
    expect(first.items).toHaveLength(2);
    const second = listActivities(w.ctx(w.teacher), { limit: 2, cursor: first.nextCursor! });
    expect([...first.items, ...second.items].map((x) => x.id).sort()).toEqual([a, b, c].sort());
    expect(second.nextCursor).toBeNull();
    expect(codeOf(() => listActivities(w.ctx(w.teacher), { cursor: "x' OR 1=1" }))).toBe("validation");
    expect(listActivities(w.ctx(w.teacher), { q: "%" }).items).toEqual([]);
  });
});
