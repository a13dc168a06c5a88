import { TZDate } from "@date-fns/tz";
import { and, eq, gte, inArray, lt, ne } from "drizzle-orm";
import ical, { ICalEventStatus } from "ical-generator";
import type { Db } from "@/db/client";
import { activities, activityTeachers, appointments, reservations, rooms, users } from "@/db/schema";
import { label, t } from "../i18n/messages";
import { addLocalDays, CENTRE_TZ } from "../time";

/** How far a feed reaches: the last 30 days and the next 180. */
const PAST_DAYS = 30;
const FUTURE_DAYS = 180;

// Asia/Shanghai has had one offset and no daylight saving since 1991: a fixed VTIMEZONE is exact.
const VTIMEZONE = ["BEGIN:VTIMEZONE", `TZID:${CENTRE_TZ}`, "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:CST", "END:STANDARD", "END:VTIMEZONE"].join("\r\n");

// ical-generator formats a TZDate in its own zone, so times come out as centre wall-clock with
// TZID=Asia/Shanghai whatever the server's TZ is.
const local = (d: Date) => new TZDate(d.getTime(), CENTRE_TZ);

interface FeedEvent {
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location: string;
}

function render(name: string, events: FeedEvent[], now: Date): string {
  // The zone is set per event (DTSTART;TZID=…) and the calendar only generates its VTIMEZONE:
  // a calendar-wide zone would also write DTSTAMP as local time, which must be UTC.
  const cal = ical({ name, prodId: { company: "ankang", product: "calendar-feed", language: "ZH" }, timezone: { name: null, generator: (zone) => (zone === CENTRE_TZ ? VTIMEZONE : null) }, ttl: 15 * 60 });
  for (const e of events) {
    cal.createEvent({ id: e.uid, start: local(e.start), end: local(e.end), timezone: CENTRE_TZ, stamp: now, summary: e.summary, location: e.location, status: ICalEventStatus.CONFIRMED });
  }
  // RFC 5545 ends every content line, the last one too, with CRLF.
  const text = cal.toString();
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}

function window(now: Date) {
  return { from: addLocalDays(now, -PAST_DAYS), to: addLocalDays(now, FUTURE_DAYS) };
}

/**
 * A staff member's own schedule: counselling sessions as "咨询预约" with the room only — never the
 * resident's name, the need or notes — and the group activities they lead.
 */
export function userCalendar(db: Db, userId: number, now: Date): string {
  const { from, to } = window(now);
  const user = db.select({ name: users.name }).from(users).where(eq(users.id, userId)).get();
  const sessions = db
    .select({ id: appointments.id, startAt: appointments.startAt, endAt: appointments.endAt, room: rooms.name })
    .from(appointments)
    .innerJoin(reservations, eq(reservations.id, appointments.reservationId))
    .innerJoin(rooms, eq(rooms.id, reservations.roomId))
    .where(and(eq(appointments.counselorId, userId), inArray(appointments.status, ["confirmed", "checked_in", "completed"]), gte(appointments.startAt, from), lt(appointments.startAt, to)))
    .all();
  const led = db
    .select({ id: activities.id, title: activities.title, startAt: activities.startAt, endAt: activities.endAt, room: rooms.name })
    .from(activities)
    .innerJoin(activityTeachers, and(eq(activityTeachers.activityId, activities.id), eq(activityTeachers.userId, userId)))
    .innerJoin(rooms, eq(rooms.id, activities.roomId))
    .where(and(ne(activities.status, "cancelled"), gte(activities.startAt, from), lt(activities.startAt, to)))
    .all();
  const events: FeedEvent[] = [
    ...sessions.map((s) => ({ uid: `appointment-${s.id}@ankang`, start: s.startAt!, end: s.endAt!, summary: t("calendarFeed.sessionTitle"), location: s.room })),
    ...led.map((a) => ({ uid: `activity-${a.id}@ankang`, start: a.startAt, end: a.endAt, summary: t("calendarFeed.activityTitle", { title: a.title }), location: a.room })),
  ].sort((a, b) => a.start.getTime() - b.start.getTime());
  return render(t("calendarFeed.userName", { name: user?.name ?? "" }), events, now);
}

/** A room's confirmed bookings, each named by its purpose only (no people, no titles). */
export function roomCalendar(db: Db, roomId: number, now: Date): string {
  const { from, to } = window(now);
  const room = db.select({ name: rooms.name }).from(rooms).where(eq(rooms.id, roomId)).get();
  const rows = db
    .select({ id: reservations.id, startAt: reservations.startAt, endAt: reservations.endAt, purpose: reservations.purpose })
    .from(reservations)
    .where(and(eq(reservations.roomId, roomId), eq(reservations.status, "confirmed"), gte(reservations.startAt, from), lt(reservations.startAt, to)))
    .orderBy(reservations.startAt)
    .all();
  const events = rows.map((r) => ({ uid: `reservation-${r.id}@ankang`, start: r.startAt, end: r.endAt, summary: label("reservationPurpose", r.purpose), location: room?.name ?? "" }));
  return render(t("calendarFeed.roomName", { room: room?.name ?? "" }), events, now);
}
