import { and, asc, eq, gt, gte, inArray, isNull, lt, lte, ne, or } from "drizzle-orm";
import { appointments, availabilityExceptions, availabilityRules, counselorSettings, reservations, roomBlackouts, rooms, staffProfiles, userRoles, users } from "@/db/schema";
import type { Actor } from "../auth/actor";
import type { Ctx } from "../context";
import { createReadCache } from "../read-cache";
import { windowsOn, withinWindows, type ExceptionLike, type RuleLike } from "../counselors/availability";
import { liveCondition, peakPlaces, shapeProblem, type EngineRoom } from "../rooms/engine";
import { addLocalDays, localClock, startOfLocalDay, toLocalDate } from "../time";
import { BUFFER_MINUTES, isResidentActor, occupiesCounselor, RESIDENT_NOTICE_MINUTES, SLOT_STEP_MINUTES } from "./policy";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** "2026-11-30" plus n calendar days (pure calendar arithmetic, no time zone involved). */
function shiftDate(date: string, n: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

export interface Slot {
  counselorId: number;
  startAt: Date;
  endAt: Date;
  /** The service's rooms free for the whole slot, in the service's order of preference. */
  roomIds: number[];
}

export interface ServiceForSlots {
  id: number;
  durationMinutes: number;
  roomIds: number[];
  requiredSpecialty: string | null;
}

export interface SlotQuery {
  /** [start, end): normally whole local days (lib/time localDateRange). */
  start: Date;
  end: Date;
  /** Only these counsellors (default: every counsellor who may give the service). */
  counselorIds?: readonly number[];
  /** Default: RESIDENT_NOTICE_MINUTES for residents, 0 for staff. */
  noticeMinutes?: number;
  /** Leave out an appointment (and its reservation) being rescheduled or matched. */
  excludeAppointmentId?: number;
  excludeReservationIds?: readonly number[];
}

export function noticeFor(actor: Actor): number {
  return isResidentActor(actor) ? RESIDENT_NOTICE_MINUTES : 0;
}

export interface EligibleCounselor {
  id: number;
  name: string;
  specialties: string[];
}

/** Active counsellors who take appointments and, if the service needs one, have its specialty. */
export function eligibleCounselors(ctx: Ctx, service: Pick<ServiceForSlots, "requiredSpecialty">, ids?: readonly number[]): EligibleCounselor[] {
  if (ids && ids.length === 0) return [];
  const rows = ctx.db
    .select({ id: users.id, name: users.name, specialties: staffProfiles.specialties, accepting: counselorSettings.accepting })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "counselor")))
    .leftJoin(staffProfiles, eq(staffProfiles.userId, users.id))
    .leftJoin(counselorSettings, eq(counselorSettings.userId, users.id))
    .where(and(eq(users.active, true), ids ? inArray(users.id, [...ids]) : undefined))
    .orderBy(asc(users.id))
    .all();
  return rows
    .filter((r) => r.accepting !== false)
    .map((r) => ({ id: r.id, name: r.name, specialties: r.specialties ?? [] }))
    .filter((r) => !service.requiredSpecialty || r.specialties.includes(service.requiredSpecialty));
}

const engineRoomColumns = {
  id: rooms.id,
  name: rooms.name,
  mode: rooms.mode,
  capacity: rooms.capacity,
  openingHours: rooms.openingHours,
  minMinutes: rooms.minMinutes,
  maxMinutes: rooms.maxMinutes,
  active: rooms.active,
  residentBookable: rooms.residentBookable,
};

/**
 * Free, bookable slots of a service: each counsellor's availability (weekly rules and dated
 * exceptions) minus their live appointments and holds (with a buffer either side), minus the
 * minimum notice, and only where one of the service's rooms passes the booking engine's own
 * checks (opening hours, length, blackouts, exclusive/capacity). Everything for the range is
 * loaded in a few queries and computed in memory: no query per slot.
 */
export function computeSlots(ctx: Ctx, service: ServiceForSlots, q: SlotQuery): Slot[] {
  const now = ctx.now.getTime();
  const key = JSON.stringify([service.id, service.durationMinutes, service.roomIds, service.requiredSpecialty, q.start.getTime(), q.end.getTime(), q.counselorIds ?? null, q.excludeAppointmentId ?? null, q.excludeReservationIds ?? null]);
  const { slots } = keptSlots.get(ctx.db, key, () => slotsFromNow(ctx, service, q), (kept) => kept.computedAt <= now && now < kept.validUntil);
  const earliest = Math.max(q.start.getTime(), now + (q.noticeMinutes ?? noticeFor(ctx.actor)) * MINUTE);
  const first = slots.findIndex((s) => s.startAt.getTime() >= earliest);
  return first < 0 ? [] : slots.slice(first);
}

/**
 * Slots of a range from `ctx.now` on (the notice is applied by computeSlots), and until when they
 * hold with no write: the first expiry of a hold they count as busy, when that time frees up.
 */
interface KeptSlots {
  slots: Slot[];
  computedAt: number;
  validUntil: number;
}

/**
 * The slot lists kept until anything is written (lib/read-cache.ts) or a counted hold expires:
 * residents browsing four weeks of every counsellor's time read the same list again and again
 * (issue 12). A list computed at time T holds every slot from T on, so a later request takes
 * its own notice from it.
 */
const keptSlots = createReadCache<KeptSlots>(64);

function slotsFromNow(ctx: Ctx, service: ServiceForSlots, q: SlotQuery): KeptSlots {
  const computedAt = ctx.now.getTime();
  let validUntil = Number.POSITIVE_INFINITY;
  const holdUntil = (holdExpiresAt: Date | null) => {
    if (holdExpiresAt && holdExpiresAt.getTime() > computedAt) validUntil = Math.min(validUntil, holdExpiresAt.getTime());
  };
  const counselors = eligibleCounselors(ctx, service, q.counselorIds);
  if (counselors.length === 0 || service.roomIds.length === 0 || q.end <= q.start) return { slots: [], computedAt, validUntil };
  const ids = counselors.map((c) => c.id);
  const duration = service.durationMinutes * MINUTE;
  const buffer = BUFFER_MINUTES * MINUTE;
  const firstDay = startOfLocalDay(q.start);
  const fromDate = toLocalDate(firstDay);
  const toDate = toLocalDate(new Date(q.end.getTime() - 1));

  const rules = ctx.db
    .select({ counselorId: availabilityRules.counselorId, weekday: availabilityRules.weekday, startMinute: availabilityRules.startMinute, endMinute: availabilityRules.endMinute, validFrom: availabilityRules.validFrom, validTo: availabilityRules.validTo })
    .from(availabilityRules)
    .where(inArray(availabilityRules.counselorId, ids))
    .all();
  const exceptions = ctx.db
    .select({ counselorId: availabilityExceptions.counselorId, date: availabilityExceptions.date, kind: availabilityExceptions.kind, startMinute: availabilityExceptions.startMinute, endMinute: availabilityExceptions.endMinute })
    .from(availabilityExceptions)
    .where(and(inArray(availabilityExceptions.counselorId, ids), gte(availabilityExceptions.date, fromDate), lte(availabilityExceptions.date, toDate)))
    .all();
  const busyRows = ctx.db
    .select({ id: appointments.id, counselorId: appointments.counselorId, startAt: appointments.startAt, endAt: appointments.endAt, status: appointments.status, holdExpiresAt: appointments.holdExpiresAt })
    .from(appointments)
    .where(
      and(
        inArray(appointments.counselorId, ids),
        inArray(appointments.status, ["requested", "confirmed", "checked_in", "completed"]),
        lt(appointments.startAt, new Date(q.end.getTime() + buffer)),
        gt(appointments.endAt, new Date(q.start.getTime() - buffer)),
        q.excludeAppointmentId ? ne(appointments.id, q.excludeAppointmentId) : undefined,
      ),
    )
    .all();
  const roomRows: EngineRoom[] = ctx.db.select(engineRoomColumns).from(rooms).where(inArray(rooms.id, service.roomIds)).all();
  const roomsInOrder = service.roomIds.map((id) => roomRows.find((r) => r.id === id)).filter((r): r is EngineRoom => Boolean(r));
  const excluded = new Set(q.excludeReservationIds ?? []);
  if (q.excludeAppointmentId) {
    const own = ctx.db.select({ reservationId: appointments.reservationId }).from(appointments).where(eq(appointments.id, q.excludeAppointmentId)).get();
    if (own?.reservationId) excluded.add(own.reservationId);
  }
  const taken = ctx.db
    .select({ id: reservations.id, roomId: reservations.roomId, startAt: reservations.startAt, endAt: reservations.endAt, places: reservations.places, status: reservations.status, holdExpiresAt: reservations.holdExpiresAt })
    .from(reservations)
    .where(and(inArray(reservations.roomId, service.roomIds), liveCondition(ctx.now), lt(reservations.startAt, q.end), gt(reservations.endAt, q.start)))
    .all()
    .filter((r) => !excluded.has(r.id));
  for (const r of taken) if (r.status === "held") holdUntil(r.holdExpiresAt);
  const blackouts = ctx.db
    .select({ roomId: roomBlackouts.roomId, startAt: roomBlackouts.startAt, endAt: roomBlackouts.endAt })
    .from(roomBlackouts)
    .where(and(or(inArray(roomBlackouts.roomId, service.roomIds), isNull(roomBlackouts.roomId)), lt(roomBlackouts.startAt, q.end), gt(roomBlackouts.endAt, q.start)))
    .all();

  // The local days of the range. Their starts come from lib/time once; a centre zone without
  // daylight saving (Asia/Shanghai) makes every later day exactly 24 h on, which is checked.
  const dayCount = Math.max(1, Math.round((q.end.getTime() - firstDay.getTime()) / DAY));
  const lastStart = addLocalDays(firstDay, dayCount);
  const uniform = lastStart.getTime() === firstDay.getTime() + dayCount * DAY;
  const days: { start: number; date: string; weekday: number }[] = [];
  const firstWeekday = localClock(firstDay).weekday;
  for (let i = 0; i < dayCount; i++) {
    const start = uniform ? firstDay.getTime() + i * DAY : addLocalDays(firstDay, i).getTime();
    if (start >= q.end.getTime()) break;
    days.push({ start, date: uniform ? shiftDate(fromDate, i) : toLocalDate(new Date(start)), weekday: (firstWeekday + i) % 7 });
  }
  const dayIndex = (t: number) => {
    let lo = 0;
    let hi = days.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (days[mid].start <= t) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  // Reservations bucketed per room and day, so each check looks at a handful of rows.
  const bucket = new Map<string, { startAt: Date; endAt: Date; places: number }[]>();
  for (const r of taken) {
    const last = dayIndex(r.endAt.getTime() - 1);
    for (let i = dayIndex(r.startAt.getTime()); i <= last; i++) {
      const key = `${r.roomId}|${i}`;
      const list = bucket.get(key);
      if (list) list.push(r);
      else bucket.set(key, [r]);
    }
  }
  const rulesBy = new Map<number, RuleLike[]>();
  for (const r of rules) rulesBy.set(r.counselorId, [...(rulesBy.get(r.counselorId) ?? []), r]);
  const exceptionsBy = new Map<number, ExceptionLike[]>();
  for (const x of exceptions) exceptionsBy.set(x.counselorId, [...(exceptionsBy.get(x.counselorId) ?? []), x]);
  const busyBy = new Map<number, { startAt: number; endAt: number }[]>();
  for (const b of busyRows) {
    if (b.counselorId === null || !b.startAt || !b.endAt || !occupiesCounselor(b, ctx.now)) continue;
    if (b.status === "requested") holdUntil(b.holdExpiresAt);
    busyBy.set(b.counselorId, [...(busyBy.get(b.counselorId) ?? []), { startAt: b.startAt.getTime(), endAt: b.endAt.getTime() }]);
  }

  // The engine's shape checks (open, opening hours, length) depend only on the room, the weekday
  // and the time of day once past times are filtered out, so each answer is computed once.
  const shapeCache = new Map<string, boolean>();
  const shapeOk = (room: EngineRoom, weekday: number, minute: number, startAt: Date, endAt: Date) => {
    const key = `${room.id}|${weekday}|${minute}`;
    let ok = shapeCache.get(key);
    if (ok === undefined) {
      ok = shapeProblem(room, startAt, endAt, 1, ctx.now) === null;
      shapeCache.set(key, ok);
    }
    return ok;
  };
  // Which rooms are free for a start: the same for every counsellor, so cached per start.
  const roomCache = new Map<number, number[]>();
  const fittingRooms = (startAt: Date, endAt: Date, day: number, minute: number): number[] => {
    const cached = roomCache.get(startAt.getTime());
    if (cached) return cached;
    const out: number[] = [];
    for (const room of roomsInOrder) {
      if (!shapeOk(room, days[day].weekday, minute, startAt, endAt)) continue;
      if (blackouts.some((b) => (b.roomId === null || b.roomId === room.id) && b.startAt < endAt && b.endAt > startAt)) continue;
      const overlapping = (bucket.get(`${room.id}|${day}`) ?? []).filter((r) => r.startAt < endAt && r.endAt > startAt);
      if (room.mode === "exclusive" ? overlapping.length > 0 : peakPlaces(overlapping, startAt, endAt).peak + 1 > room.capacity) continue;
      out.push(room.id);
    }
    roomCache.set(startAt.getTime(), out);
    return out;
  };

  const earliest = Math.max(q.start.getTime(), computedAt);
  const out: Slot[] = [];
  for (const [d, day] of days.entries()) {
    for (const c of counselors) {
      const windows = windowsOn(rulesBy.get(c.id) ?? [], exceptionsBy.get(c.id) ?? [], day.date, day.weekday);
      const busy = busyBy.get(c.id) ?? [];
      for (const [ws, we] of windows) {
        for (let m = ws; m + service.durationMinutes <= we; m += SLOT_STEP_MINUTES) {
          const s = day.start + m * MINUTE;
          const e = s + duration;
          if (s < earliest || e > q.end.getTime()) continue;
          if (busy.some((b) => b.startAt < e + buffer && b.endAt > s - buffer)) continue;
          const startAt = new Date(s);
          const endAt = new Date(e);
          const roomIds = fittingRooms(startAt, endAt, d, m);
          if (roomIds.length) out.push({ counselorId: c.id, startAt, endAt, roomIds });
        }
      }
    }
  }
  return { slots: out.sort((a, b) => a.startAt.getTime() - b.startAt.getTime() || a.counselorId - b.counselorId), computedAt, validUntil };
}

export type CounselorTimeProblem = "unavailable" | "busy";

/**
 * The counsellor's side of one booking, checked inside the caller's immediate transaction: within
 * their availability that day (rules, extra hours, leave), and clear of their other live
 * appointments and holds by the buffer.
 */
export function counselorTimeProblem(ctx: Ctx, counselorId: number, startAt: Date, endAt: Date, excludeAppointmentId?: number): CounselorTimeProblem | null {
  const day = startOfLocalDay(startAt);
  const date = toLocalDate(day);
  const from = (startAt.getTime() - day.getTime()) / MINUTE;
  const to = (endAt.getTime() - day.getTime()) / MINUTE;
  const rules = ctx.db
    .select({ weekday: availabilityRules.weekday, startMinute: availabilityRules.startMinute, endMinute: availabilityRules.endMinute, validFrom: availabilityRules.validFrom, validTo: availabilityRules.validTo })
    .from(availabilityRules)
    .where(eq(availabilityRules.counselorId, counselorId))
    .all();
  const exceptions = ctx.db
    .select({ date: availabilityExceptions.date, kind: availabilityExceptions.kind, startMinute: availabilityExceptions.startMinute, endMinute: availabilityExceptions.endMinute })
    .from(availabilityExceptions)
    .where(and(eq(availabilityExceptions.counselorId, counselorId), eq(availabilityExceptions.date, date)))
    .all();
  if (!withinWindows(windowsOn(rules, exceptions, date, localClock(day).weekday), from, to)) return "unavailable";
  const buffer = BUFFER_MINUTES * MINUTE;
  const others = ctx.db
    .select({ status: appointments.status, holdExpiresAt: appointments.holdExpiresAt })
    .from(appointments)
    .where(
      and(
        eq(appointments.counselorId, counselorId),
        inArray(appointments.status, ["requested", "confirmed", "checked_in", "completed"]),
        lt(appointments.startAt, new Date(endAt.getTime() + buffer)),
        gt(appointments.endAt, new Date(startAt.getTime() - buffer)),
        excludeAppointmentId ? ne(appointments.id, excludeAppointmentId) : undefined,
      ),
    )
    .all();
  return others.some((o) => occupiesCounselor(o, ctx.now)) ? "busy" : null;
}
