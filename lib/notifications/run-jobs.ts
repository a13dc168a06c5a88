import { and, eq, gte, inArray, isNotNull, isNull, lt, lte } from "drizzle-orm";
import type { Db } from "@/db/client";
import { activities, activitySignups, appointments, careAssignments, carePersons, hotlineCalls, mediationCases, mediationTeam, reservations, rooms } from "@/db/schema";
import { t } from "../i18n/messages";
import { currentDeadline } from "../mediation/deadlines";
import { FOLLOW_UP_STATES, SETTLEMENT_STATES } from "../mediation/workflow";
import { addLocalDays, formatShortDate, formatTime, startOfLocalDay, toLocalDate } from "../time";
import { notify, userOfResident } from "./notify";

export interface JobResult {
  appointmentReminders: number;
  activityReminders: number;
  callbacksDue: number;
  mediationDeadlines: number;
  careOverdue: number;
}

/**
 * The periodic job: derives what is due from the data itself — sessions and activities tomorrow
 * (centre-local), call-backs whose time has come, mediation deadlines within five days, overdue
 * care visits — and notifies the people concerned. Every notification carries a dedupe key built
 * from the record and its date, so running the job twice (or on two servers, or after a restart)
 * tells nobody twice, while a moved session gets a fresh reminder.
 */
export function runNotificationJobs(db: Db, now: Date): JobResult {
  return db.transaction(
    () => ({
      appointmentReminders: appointmentReminders(db, now),
      activityReminders: activityReminders(db, now),
      callbacksDue: callbacksDue(db, now),
      mediationDeadlines: mediationDeadlines(db, now),
      careOverdue: careOverdue(db, now),
    }),
    { behavior: "immediate" },
  );
}

function tomorrow(now: Date): { start: Date; end: Date } {
  const start = addLocalDays(startOfLocalDay(now), 1);
  return { start, end: addLocalDays(start, 1) };
}

const count = (ids: (number | null)[]) => ids.filter((id) => id !== null).length;

function appointmentReminders(db: Db, now: Date): number {
  const { start, end } = tomorrow(now);
  const rows = db
    .select({ id: appointments.id, residentId: appointments.residentId, startAt: appointments.startAt, room: rooms.name })
    .from(appointments)
    .leftJoin(reservations, eq(reservations.id, appointments.reservationId))
    .leftJoin(rooms, eq(rooms.id, reservations.roomId))
    .where(and(eq(appointments.status, "confirmed"), gte(appointments.startAt, start), lt(appointments.startAt, end)))
    .all();
  return count(
    rows.map((r) => {
      const userId = userOfResident(db, r.residentId);
      if (userId === null || !r.startAt) return null;
      const title = t("notify.appointmentReminder", { when: `${formatShortDate(r.startAt)} ${formatTime(r.startAt)}`, room: r.room ?? "" });
      return notify(db, { userId, type: "appointment_reminder", title, link: "/me/appointments", dedupeKey: `reminder:appointment:${r.id}:${r.startAt.getTime()}`, at: now });
    }),
  );
}

function activityReminders(db: Db, now: Date): number {
  const { start, end } = tomorrow(now);
  const rows = db
    .select({ id: activities.id, title: activities.title, startAt: activities.startAt, endAt: activities.endAt, room: rooms.name, residentId: activitySignups.residentId })
    .from(activities)
    .innerJoin(rooms, eq(rooms.id, activities.roomId))
    .innerJoin(activitySignups, and(eq(activitySignups.activityId, activities.id), eq(activitySignups.status, "registered")))
    .where(and(inArray(activities.status, ["open", "full", "closed"]), gte(activities.startAt, start), lt(activities.startAt, end)))
    .all();
  return count(
    rows.map((r) => {
      const userId = userOfResident(db, r.residentId);
      if (userId === null) return null;
      const title = t("notify.activityReminder", { title: r.title, when: `${formatShortDate(r.startAt)} ${formatTime(r.startAt)}–${formatTime(r.endAt)}`, room: r.room });
      return notify(db, { userId, type: "activity_reminder", title, link: "/me/activities", dedupeKey: `reminder:activity:${r.id}:${r.startAt.getTime()}`, at: now });
    }),
  );
}

function callbacksDue(db: Db, now: Date): number {
  const rows = db
    .select({ id: hotlineCalls.id, operatorId: hotlineCalls.operatorId, startedAt: hotlineCalls.startedAt, followUpAt: hotlineCalls.followUpAt })
    .from(hotlineCalls)
    .where(and(eq(hotlineCalls.status, "saved"), isNotNull(hotlineCalls.followUpAt), isNull(hotlineCalls.followUpDoneAt), lte(hotlineCalls.followUpAt, now)))
    .all();
  return count(
    rows.map((r) => {
      const title = t("notify.callbackDue", { when: `${formatShortDate(r.startedAt)} ${formatTime(r.startedAt)}` });
      return notify(db, { userId: r.operatorId, type: "callback_due", title, link: `/hotline/calls/${r.id}`, dedupeKey: `callback:${r.id}:${r.followUpAt!.getTime()}`, at: now });
    }),
  );
}

function mediationDeadlines(db: Db, now: Date): number {
  const today = toLocalDate(now);
  const cases = db
    .select({ id: mediationCases.id, caseNo: mediationCases.caseNo, status: mediationCases.status, deadlineOn: mediationCases.deadlineOn, extendedDeadlineOn: mediationCases.extendedDeadlineOn, followUpDueOn: mediationCases.followUpDueOn })
    .from(mediationCases)
    .where(inArray(mediationCases.status, [...SETTLEMENT_STATES, ...FOLLOW_UP_STATES]))
    .all();
  const out: (number | null)[] = [];
  for (const c of cases) {
    const d = currentDeadline(c, today);
    if (!d || d.state !== "near") continue;
    const team = db
      .select({ userId: mediationTeam.userId })
      .from(mediationTeam)
      .where(and(eq(mediationTeam.caseId, c.id), inArray(mediationTeam.role, ["lead", "assistant"])))
      .all();
    const key = d.kind === "settlement" ? "notify.mediationDeadline" : "notify.mediationFollowUp";
    for (const m of team) {
      out.push(notify(db, { userId: m.userId, type: "mediation_deadline", title: t(key, { caseNo: c.caseNo, date: d.dueOn }), link: `/mediation/${c.id}`, dedupeKey: `mediation:${d.kind}:${c.id}:${d.dueOn}`, at: now }));
    }
  }
  return count(out);
}

function careOverdue(db: Db, now: Date): number {
  const today = toLocalDate(now);
  const rows = db
    .select({ personId: carePersons.id, due: carePersons.nextVisitDue, carerId: careAssignments.carerId })
    .from(carePersons)
    .innerJoin(careAssignments, eq(careAssignments.personId, carePersons.id))
    .where(and(eq(carePersons.status, "active"), isNotNull(carePersons.nextVisitDue), lt(carePersons.nextVisitDue, today)))
    .all();
  return count(
    rows.map((r) =>
      notify(db, { userId: r.carerId, type: "care_overdue", title: t("notify.careOverdue", { date: r.due! }), link: `/care/persons/${r.personId}`, dedupeKey: `care-overdue:${r.personId}:${r.due}`, at: now }),
    ),
  );
}
