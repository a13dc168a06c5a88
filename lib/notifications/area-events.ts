import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { activities, appointments, reservations, rooms, services, type NotificationType } from "@/db/schema";
import { t } from "../i18n/messages";
import { formatShortDate, formatTime } from "../time";
import { activeUsersWithRole, notify, userOfResident } from "./notify";

export type AppointmentChange = "requested" | "confirmed" | "changed" | "cancelled" | "declined";

function when(startAt: Date | null): string {
  return startAt ? `${formatShortDate(startAt)} ${formatTime(startAt)}` : "";
}

/**
 * Tells the people on an appointment what just happened to it (called inside the use case's
 * transaction, after the change): the resident through their account, the counsellor, and for an
 * unmatched order the admins who match it. Whoever made the change is not told about it.
 */
export function notifyAppointmentChange(db: Db, appointmentId: number, change: AppointmentChange, actorId: number, at: Date): void {
  const a = db
    .select({ id: appointments.id, residentId: appointments.residentId, counselorId: appointments.counselorId, startAt: appointments.startAt, service: services.name, room: rooms.name })
    .from(appointments)
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .leftJoin(reservations, eq(reservations.id, appointments.reservationId))
    .leftJoin(rooms, eq(rooms.id, reservations.roomId))
    .where(eq(appointments.id, appointmentId))
    .get();
  if (!a) return;
  const resident = userOfResident(db, a.residentId);
  const params = { service: a.service, when: when(a.startAt), room: a.room ?? "" };
  const toResident = (type: NotificationType, title: string) => {
    if (resident !== null && resident !== actorId) notify(db, { userId: resident, type, title, link: "/me/appointments", at });
  };
  const toStaff = (userId: number | null, type: NotificationType, title: string) => {
    if (userId !== null && userId !== actorId) notify(db, { userId, type, title, link: `/appointments/${a.id}`, at });
  };
  switch (change) {
    case "requested":
      if (a.counselorId !== null) toStaff(a.counselorId, "appointment_requested", t("notify.appointmentRequested", params));
      else for (const admin of activeUsersWithRole(db, ["admin"])) toStaff(admin, "appointment_requested", t("notify.orderRequested", params));
      toResident("appointment_requested", t("notify.requestedForYou", params));
      break;
    case "confirmed":
      toResident("appointment_confirmed", t("notify.appointmentConfirmed", params));
      toStaff(a.counselorId, "appointment_confirmed", t("notify.appointmentAssigned", params));
      break;
    case "changed":
      toResident("appointment_changed", t("notify.appointmentChanged", params));
      toStaff(a.counselorId, "appointment_changed", t("notify.appointmentChangedCounselor", params));
      break;
    case "cancelled": {
      const p = { ...params, when: a.startAt ? `（${params.when}）` : "" };
      toResident("appointment_cancelled", t("notify.appointmentCancelled", p));
      toStaff(a.counselorId, "appointment_cancelled", t("notify.appointmentCancelledCounselor", p));
      break;
    }
    case "declined":
      toResident("appointment_declined", t("notify.appointmentDeclined", params));
      break;
  }
}

/** The resident-facing words of an activity message (cancelled, moved, off the waitlist), as a notification. */
export function notifyActivityMessage(db: Db, residentId: number, kind: "activity_cancelled" | "activity_changed" | "waitlist_promoted", activityId: number, at: Date): void {
  const userId = userOfResident(db, residentId);
  if (userId === null) return;
  const a = db
    .select({ title: activities.title, startAt: activities.startAt, endAt: activities.endAt, room: rooms.name })
    .from(activities)
    .innerJoin(rooms, eq(rooms.id, activities.roomId))
    .where(eq(activities.id, activityId))
    .get();
  if (!a) return;
  const title = t(`residentMessage.${kind}`, { title: a.title, when: `${formatShortDate(a.startAt)} ${formatTime(a.startAt)}–${formatTime(a.endAt)}`, room: a.room });
  notify(db, { userId, type: kind, title, link: "/me/activities", at });
}

/** An imminent-risk call: an urgent notification (quiet hours do not apply) for one alert recipient. */
export function notifyImminentCall(db: Db, recipientId: number, callId: number, at: Date): void {
  notify(db, { userId: recipientId, type: "imminent_call", title: t("notify.imminentCall"), link: `/hotline/calls/${callId}`, urgent: true, dedupeKey: `imminent:${callId}`, at });
}

/** A self-assessment alert for the counsellors' triage queue; item 9 (thoughts of self-harm) is urgent. */
export function notifyAssessmentAlert(db: Db, alertId: number, reasons: readonly string[], at: Date): void {
  const recipients = activeUsersWithRole(db, ["counselor", "admin"]);
  for (const userId of recipients) {
    notify(db, { userId, type: "assessment_alert", title: t("notify.assessmentAlert"), link: "/assessment-alerts", urgent: reasons.includes("item9"), dedupeKey: `assessment-alert:${alertId}`, at });
  }
}

