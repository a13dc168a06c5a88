import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { activities, activitySignups, careAssignments, carePersons, hotlineCalls, mediationCases, mediationTeam, notificationOutbox, notifications } from "@/db/schema";
import { confirmAppointment } from "../appointments/confirm-appointment";
import { requestAppointment } from "../appointments/request-appointment";
import { rescheduleAppointment } from "../appointments/reschedule-appointment";
import { appointmentsWorld, local, NOW, tue } from "../appointments/test-fixtures";
import { makeUser } from "../testing/fixtures";
import { runNotificationJobs } from "./run-jobs";

const ofType = (db: import("@/db/client").Db, type: string) => db.select().from(notifications).where(eq(notifications.type, type as "appointment_reminder")).all();

describe("runNotificationJobs", () => {
  it("a session tomorrow gives exactly one reminder, however often the job runs; a moved session a fresh one", async () => {
    const w = await appointmentsWorld();
    const r = requestAppointment(w.ctx(w.r1), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: tue("10:00") });
    confirmAppointment(w.ctx(w.c1), r.id, {});
    // Day after tomorrow: not yet.
    const later = requestAppointment(w.ctx(w.r2), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: local("2026-12-02 10:00") });
    confirmAppointment(w.ctx(w.c1), later.id, {});
    // Requested but never confirmed: no reminder.
    requestAppointment(w.ctx(w.r3), { serviceId: w.service.individual, counselorId: w.c3.userId, startAt: tue("11:00") });

    expect(runNotificationJobs(w.db, NOW).appointmentReminders).toBe(1);
    expect(runNotificationJobs(w.db, NOW).appointmentReminders).toBe(0);
    expect(runNotificationJobs(w.db, local("2026-11-30 23:50")).appointmentReminders).toBe(0);
    const reminders = ofType(w.db, "appointment_reminder");
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ userId: w.r1.userId, link: "/me/appointments" });
    expect(reminders[0].title).toBe("明天有咨询预约：12月1日 周二 10:00，心理服务工作室");
    expect(w.db.select().from(notificationOutbox).where(eq(notificationOutbox.notificationId, reminders[0].id)).all()).toHaveLength(1);

    // Moved to another time tomorrow: the new time is worth a reminder of its own.
    rescheduleAppointment(w.ctx(w.c1), r.id, { startAt: tue("14:00") });
    expect(runNotificationJobs(w.db, NOW).appointmentReminders).toBe(1);
    // The next day the later session's turn comes, once.
    expect(runNotificationJobs(w.db, local("2026-12-01 07:00")).appointmentReminders).toBe(1);
    expect(runNotificationJobs(w.db, local("2026-12-01 18:00")).appointmentReminders).toBe(0);
    expect(ofType(w.db, "appointment_reminder").map((n) => n.userId)).toEqual([w.r1.userId, w.r1.userId, w.r2.userId]);
  });

  it("activity reminders, call-backs due, mediation deadlines near and overdue care visits, each once", async () => {
    const w = await appointmentsWorld();
    const mediator = await makeUser(w.db, "m1", ["mediator"]);
    const carer = await makeUser(w.db, "k1", ["carer"]);
    const hotline = await makeUser(w.db, "h1", ["hotline"]);
    const base = { createdAt: NOW };
    const activityId = w.db
      .insert(activities)
      .values({ title: "正念减压小组", type: "stress_relief", roomId: w.room("sandplay"), startAt: tue("14:00"), endAt: tue("15:30"), capacity: 6, signupDeadline: tue("12:00"), status: "open", createdBy: w.teacher.userId, ...base })
      .returning({ id: activities.id })
      .get().id;
    w.db.insert(activitySignups).values([
      { activityId, residentId: w.r1.residentId!, status: "registered", ...base },
      { activityId, residentId: w.r2.residentId!, status: "waitlisted", position: 1, ...base },
    ]).run();
    w.db.insert(hotlineCalls).values([
      { status: "saved", startedAt: local("2026-11-29 20:00"), operatorId: hotline.userId, followUpAt: local("2026-11-30 08:00"), createdAt: NOW, updatedAt: NOW },
      { status: "saved", startedAt: local("2026-11-29 21:00"), operatorId: hotline.userId, followUpAt: local("2026-11-30 18:00"), createdAt: NOW, updatedAt: NOW },
    ]).run();
    const caseId = w.db
      .insert(mediationCases)
      .values({ caseNo: "(2026)安康人调字第0001号", year: 2026, seq: 1, source: "application", disputeType: "neighbour", summary: "x", riskColor: "yellow", status: "in_mediation", deadlineOn: "2026-12-03", createdBy: mediator.userId, createdAt: NOW })
      .returning({ id: mediationCases.id })
      .get().id;
    w.db.insert(mediationTeam).values([
      { caseId, userId: mediator.userId, role: "lead", assignedAt: NOW },
      { caseId, userId: w.c1.userId, role: "counselor", assignedAt: NOW },
    ]).run();
    const personId = w.db
      .insert(carePersons)
      .values({ residentId: w.r3.residentId!, status: "active", riskColor: "red", nextVisitDue: "2026-11-28", registeredOn: "2026-11-01", createdAt: NOW, createdBy: carer.userId, updatedAt: NOW })
      .returning({ id: carePersons.id })
      .get().id;
    w.db.insert(careAssignments).values({ personId, carerId: carer.userId, assignedAt: NOW, assignedBy: carer.userId }).run();

    const first = runNotificationJobs(w.db, NOW);
    expect(first).toEqual({ appointmentReminders: 0, activityReminders: 1, callbacksDue: 1, mediationDeadlines: 1, careOverdue: 1 });
    expect(runNotificationJobs(w.db, NOW)).toEqual({ appointmentReminders: 0, activityReminders: 0, callbacksDue: 0, mediationDeadlines: 0, careOverdue: 0 });

    const by = (type: string) => ofType(w.db, type).map((n) => ({ userId: n.userId, title: n.title, link: n.link }));
    expect(by("activity_reminder")).toEqual([{ userId: w.r1.userId, title: "明天有活动「正念减压小组」：12月1日 周二 14:00–15:30，沙盘活动室", link: "/me/activities" }]);
    expect(by("callback_due")).toEqual([{ userId: hotline.userId, title: "回拨到期：11月29日 周日 20:00 的来电需要回拨", link: expect.stringMatching(/^\/hotline\/calls\/\d+$/) }]);
    // The lead mediator is warned; the counsellor on the case is not asked to manage its deadline.
    expect(by("mediation_deadline")).toEqual([{ userId: mediator.userId, title: "调解案件 (2026)安康人调字第0001号 将于 2026-12-03 到期", link: `/mediation/${caseId}` }]);
    // No name of a person in care leaves the app in an overdue warning.
    expect(by("care_overdue")).toEqual([{ userId: carer.userId, title: "有一位关爱对象的走访已逾期（应于 2026-11-28 走访）", link: `/care/persons/${personId}` }]);

    // The second call-back comes due later the same day: told then, once.
    expect(runNotificationJobs(w.db, local("2026-11-30 18:05")).callbacksDue).toBe(1);
    expect(runNotificationJobs(w.db, local("2026-11-30 18:10")).callbacksDue).toBe(0);
  });
});
