import { and, asc, eq, gt, inArray, isNull, lt, or, type SQL } from "drizzle-orm";
import { reservations, roomBlackouts, rooms, users, type ReservationPurpose, type ReservationStatus } from "@/db/schema";
import { isStaff } from "../auth/actor";
import type { Ctx } from "../context";
import { forbidden, notFound } from "../errors";
import { addLocalDays, localClock, parseLocalDate, startOfLocalDay } from "../time";
import { isLive, liveCondition, loadRoom, slotProblem } from "./engine";
import { canChangeReservation, canManageRooms, canSeeReservation, isOwner } from "./policy";

export interface RoomView {
  id: number;
  code: string;
  name: string;
  description: string | null;
  icon: string | null;
  mode: "exclusive" | "shared";
  capacity: number;
  residentBookable: boolean;
  staffRequired: boolean;
  openingHours: ([number, number] | null)[];
  minMinutes: number;
  maxMinutes: number;
  active: boolean;
}

const roomViewColumns = {
  id: rooms.id,
  code: rooms.code,
  name: rooms.name,
  description: rooms.description,
  icon: rooms.icon,
  mode: rooms.mode,
  capacity: rooms.capacity,
  residentBookable: rooms.residentBookable,
  staffRequired: rooms.staffRequired,
  openingHours: rooms.openingHours,
  minMinutes: rooms.minMinutes,
  maxMinutes: rooms.maxMinutes,
  active: rooms.active,
};

/** The catalogue in display order; inactive rooms only for the admin (who may reopen them). */
export function listRooms(ctx: Ctx, opts: { includeInactive?: boolean } = {}): RoomView[] {
  const all = opts.includeInactive && canManageRooms(ctx.actor);
  return ctx.db
    .select(roomViewColumns)
    .from(rooms)
    .where(all ? undefined : eq(rooms.active, true))
    .orderBy(asc(rooms.sortOrder), asc(rooms.id))
    .all();
}

export function getRoom(ctx: Ctx, id: number): RoomView {
  const room = ctx.db.select(roomViewColumns).from(rooms).where(eq(rooms.id, id)).get();
  if (!room || (!room.active && !canManageRooms(ctx.actor))) throw notFound();
  return room;
}

/** A reservation as staff see it: title and who booked it, and whether this caller may change it. */
export interface ReservationView {
  id: number;
  roomId: number;
  startAt: Date;
  endAt: Date;
  status: ReservationStatus;
  /** A hold whose expiry has passed: shown as such, no longer blocking. */
  expired: boolean;
  holdExpiresAt: Date | null;
  purpose: ReservationPurpose;
  title: string | null;
  places: number;
  bookedBy: { id: number; name: string };
  seriesId: string | null;
  sourceType: string | null;
  sourceId: number | null;
  cancelledAt: Date | null;
  mine: boolean;
  canChange: boolean;
}

const viewColumns = {
  id: reservations.id,
  roomId: reservations.roomId,
  startAt: reservations.startAt,
  endAt: reservations.endAt,
  status: reservations.status,
  holdExpiresAt: reservations.holdExpiresAt,
  purpose: reservations.purpose,
  title: reservations.title,
  places: reservations.places,
  bookedBy: reservations.bookedBy,
  bookedByName: users.name,
  residentId: reservations.residentId,
  seriesId: reservations.seriesId,
  sourceType: reservations.sourceType,
  sourceId: reservations.sourceId,
  cancelledAt: reservations.cancelledAt,
};

// Every field named (no rest/spread): V8 builds and serialises such objects far faster, and a
// week grid maps hundreds of rows (issue 12).
function toView(ctx: Ctx, r: ViewRow): ReservationView {
  return {
    id: r.id,
    roomId: r.roomId,
    startAt: r.startAt,
    endAt: r.endAt,
    status: r.status,
    holdExpiresAt: r.holdExpiresAt,
    purpose: r.purpose,
    title: r.title,
    places: r.places,
    seriesId: r.seriesId,
    sourceType: r.sourceType,
    sourceId: r.sourceId,
    cancelledAt: r.cancelledAt,
    expired: r.status === "held" && !isLive(r, ctx.now),
    bookedBy: { id: r.bookedBy, name: r.bookedByName },
    mine: isOwner(ctx.actor, r),
    canChange: canChangeReservation(ctx.actor, r) && !r.sourceType && r.status !== "cancelled" && r.endAt > ctx.now,
  };
}

function selectViews(ctx: Ctx, where: SQL | undefined, limit = 2000) {
  return ctx.db
    .select(viewColumns)
    .from(reservations)
    .innerJoin(users, eq(users.id, reservations.bookedBy))
    .where(where)
    .orderBy(asc(reservations.startAt), asc(reservations.id))
    .limit(limit)
    .all();
}

type ViewRow = ReturnType<typeof selectViews>[number];

// No reservation is longer than a day (rooms.maxMinutes ≤ 24 h, checked by the engine), so a lower
// bound on startAt keeps the (roomId, startAt) index range to the asked days instead of the room's
// whole history (issue 12: the room week grid on ten years of data).
const MAX_RESERVATION_MS = 24 * 60 * 60_000;
const overlaps = (start: Date, end: Date) => and(lt(reservations.startAt, end), gt(reservations.startAt, new Date(start.getTime() - MAX_RESERVATION_MS)), gt(reservations.endAt, start));

/** Staff: every live reservation of the given rooms (all rooms by default) in [start, end) — the week grid. */
export function roomSchedule(ctx: Ctx, range: { start: Date; end: Date; roomIds?: number[] }): ReservationView[] {
  if (!isStaff(ctx.actor)) throw forbidden();
  const where = and(overlaps(range.start, range.end), liveCondition(ctx.now), range.roomIds ? inArray(reservations.roomId, range.roomIds) : undefined);
  return selectViews(ctx, where).map((r) => toView(ctx, r));
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

function cursorCondition(cursor: string | undefined): SQL | undefined {
  if (!cursor) return undefined;
  const [ms, id] = cursor.split("_").map(Number);
  const at = new Date(ms);
  return or(gt(reservations.startAt, at), and(eq(reservations.startAt, at), gt(reservations.id, id)));
}

function paged(ctx: Ctx, where: SQL | undefined, limit: number, cursor: string | undefined): Page<ReservationView> {
  const rows = selectViews(ctx, and(where, cursorCondition(cursor)), limit + 1);
  const items = rows.slice(0, limit).map((r) => toView(ctx, r));
  const last = rows.length > limit ? items[items.length - 1] : null;
  return { items, nextCursor: last ? `${last.startAt.getTime()}_${last.id}` : null };
}

/** Staff: one room's live reservations in a range, paged — GET /api/v1/rooms/{id}/reservations. */
export function roomReservations(ctx: Ctx, roomId: number, q: { start: Date; end: Date; limit: number; cursor?: string }): Page<ReservationView> {
  if (!isStaff(ctx.actor)) throw forbidden();
  getRoom(ctx, roomId);
  return paged(ctx, and(eq(reservations.roomId, roomId), overlaps(q.start, q.end), liveCondition(ctx.now)), q.limit, q.cursor);
}

export interface BusyInterval {
  startAt: Date;
  endAt: Date;
}

export interface ResidentRoomDay {
  /** When the room is taken by others (exclusive) or full (shared): no titles, no names, no counts. */
  busy: BusyInterval[];
  /** The caller's own live reservations in the range. */
  mine: { id: number; startAt: Date; endAt: Date; status: ReservationStatus }[];
  blackouts: { startAt: Date; endAt: Date; reason: string }[];
}

function mergeIntervals(xs: BusyInterval[]): BusyInterval[] {
  const sorted = [...xs].sort((a, b) => a.startAt.getTime() - b.startAt.getTime());
  const out: BusyInterval[] = [];
  for (const x of sorted) {
    const last = out[out.length - 1];
    if (last && x.startAt.getTime() <= last.endAt.getTime()) {
      if (x.endAt > last.endAt) last.endAt = x.endAt;
    } else out.push({ startAt: x.startAt, endAt: x.endAt });
  }
  return out;
}

/** Intervals in which the places taken reach `capacity`. */
function fullIntervals(rows: { startAt: Date; endAt: Date; places: number }[], capacity: number): BusyInterval[] {
  const events: [number, number][] = rows.flatMap((r) => [[r.startAt.getTime(), r.places] as [number, number], [r.endAt.getTime(), -r.places] as [number, number]]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: BusyInterval[] = [];
  let current = 0;
  let fullSince: number | null = null;
  for (const [time, delta] of events) {
    current += delta;
    if (current >= capacity && fullSince === null) fullSince = time;
    else if (current < capacity && fullSince !== null) {
      if (time > fullSince) out.push({ startAt: new Date(fullSince), endAt: new Date(time) });
      fullSince = null;
    }
  }
  return out;
}

/**
 * What anyone signed in may know of a room's time: busy or free, plus their own bookings. Residents
 * get only this; it never carries a title, a name or another person's id.
 */
export function roomAvailability(ctx: Ctx, roomId: number, range: { start: Date; end: Date }): ResidentRoomDay {
  const room = getRoom(ctx, roomId);
  const rows = ctx.db
    .select({ id: reservations.id, startAt: reservations.startAt, endAt: reservations.endAt, status: reservations.status, places: reservations.places, bookedBy: reservations.bookedBy, residentId: reservations.residentId })
    .from(reservations)
    .where(and(eq(reservations.roomId, roomId), overlaps(range.start, range.end), liveCondition(ctx.now)))
    .orderBy(asc(reservations.startAt))
    .all();
  const mine = rows.filter((r) => isOwner(ctx.actor, r));
  const others = rows.filter((r) => !isOwner(ctx.actor, r));
  const busy = room.mode === "exclusive" ? mergeIntervals(others) : fullIntervals(rows, room.capacity);
  return {
    busy: mergeIntervals(busy),
    mine: mine.map((r) => ({ id: r.id, startAt: r.startAt, endAt: r.endAt, status: r.status })),
    blackouts: listBlackouts(ctx, { ...range, roomId }).map(({ startAt, endAt, reason }) => ({ startAt, endAt, reason })),
  };
}

/** The caller's own reservations (booked by them, or for them as a resident), or — staff only — everyone's. */
export function listReservations(
  ctx: Ctx,
  q: { mine?: boolean; roomId?: number; purpose?: ReservationPurpose; status?: ReservationStatus | "live"; start?: Date; end?: Date; limit: number; cursor?: string },
): Page<ReservationView> {
  const mine = q.mine || !isStaff(ctx.actor);
  const own = isStaff(ctx.actor)
    ? eq(reservations.bookedBy, ctx.actor.userId)
    : or(eq(reservations.bookedBy, ctx.actor.userId), ctx.actor.residentId === null ? undefined : eq(reservations.residentId, ctx.actor.residentId));
  const status = q.status === "live" ? liveCondition(ctx.now) : q.status ? eq(reservations.status, q.status) : undefined;
  const where = and(
    mine ? own : undefined,
    q.roomId ? eq(reservations.roomId, q.roomId) : undefined,
    q.purpose ? eq(reservations.purpose, q.purpose) : undefined,
    status,
    q.start ? gt(reservations.endAt, q.start) : undefined,
    q.end ? lt(reservations.startAt, q.end) : undefined,
  );
  return paged(ctx, where, q.limit, q.cursor);
}

/** One reservation; 404 for a resident asking about someone else's. */
export function getReservation(ctx: Ctx, id: number): ReservationView {
  const row = selectViews(ctx, eq(reservations.id, id), 1)[0];
  if (!row || !canSeeReservation(ctx.actor, row)) throw notFound();
  return toView(ctx, row);
}

/** Blackouts overlapping a range; with roomId, that room's and the all-room ones. */
export function listBlackouts(ctx: Ctx, range: { start: Date; end: Date; roomId?: number }) {
  return ctx.db
    .select({ id: roomBlackouts.id, roomId: roomBlackouts.roomId, startAt: roomBlackouts.startAt, endAt: roomBlackouts.endAt, reason: roomBlackouts.reason })
    .from(roomBlackouts)
    .where(
      and(
        lt(roomBlackouts.startAt, range.end),
        gt(roomBlackouts.endAt, range.start),
        range.roomId === undefined ? undefined : or(eq(roomBlackouts.roomId, range.roomId), isNull(roomBlackouts.roomId)),
      ),
    )
    .orderBy(asc(roomBlackouts.startAt))
    .all();
}

export type BlackoutView = ReturnType<typeof listBlackouts>[number];

/** The default length of a self-service booking: an hour, within the room's limits. */
export function defaultMinutes(room: Pick<RoomView, "minMinutes" | "maxMinutes">): number {
  return Math.min(Math.max(60, room.minMinutes), room.maxMinutes);
}

/**
 * Start times on a half-hour grid at which a booking of `minutes` would be accepted right now —
 * each checked by the engine itself, so the list cannot promise what a booking would refuse.
 */
export function freeSlots(ctx: Ctx, roomId: number, date: string, minutes?: number): { startAt: Date; endAt: Date }[] {
  getRoom(ctx, roomId);
  const room = loadRoom(ctx, roomId);
  const dayStart = parseLocalDate(date);
  if (!dayStart) return [];
  const length = minutes ?? defaultMinutes(room);
  const hours = room.openingHours[localClock(dayStart).weekday];
  if (!hours) return [];
  const out: { startAt: Date; endAt: Date }[] = [];
  for (let m = hours[0]; m + length <= hours[1]; m += 30) {
    const startAt = new Date(dayStart.getTime() + m * 60_000);
    const endAt = new Date(startAt.getTime() + length * 60_000);
    if (!slotProblem(ctx, room, startAt, endAt, 1)) out.push({ startAt, endAt });
  }
  return out;
}

export interface RoomUsage {
  roomId: number;
  code: string;
  name: string;
  capacity: number;
  /** Opening minutes in the range, blackouts taken out. */
  openMinutes: number;
  /** Minutes in which at least one confirmed reservation held the room. */
  bookedMinutes: number;
  /** Σ places × minutes of confirmed reservations (a shared room's fill). */
  placeMinutes: number;
}

function clip(xs: BusyInterval[], start: number, end: number): [number, number][] {
  return xs.map((x) => [Math.max(x.startAt.getTime(), start), Math.min(x.endAt.getTime(), end)] as [number, number]).filter(([s, e]) => e > s);
}

function unionLength(xs: [number, number][]): number {
  return mergeIntervals(xs.map(([s, e]) => ({ startAt: new Date(s), endAt: new Date(e) }))).reduce((n, x) => n + x.endAt.getTime() - x.startAt.getTime(), 0);
}

/** Hours booked against hours open per room over [start, end) — for the monthly statistics. */
export function roomUsage(ctx: Ctx, range: { start: Date; end: Date }): RoomUsage[] {
  if (!canManageRooms(ctx.actor)) throw forbidden();
  const start = range.start.getTime();
  const end = range.end.getTime();
  const all = listRooms(ctx, { includeInactive: true });
  const booked = ctx.db
    .select({ roomId: reservations.roomId, startAt: reservations.startAt, endAt: reservations.endAt, places: reservations.places })
    .from(reservations)
    .where(and(eq(reservations.status, "confirmed"), overlaps(range.start, range.end)))
    .all();
  const blackouts = listBlackouts(ctx, range);
  return all.map((room) => {
    const windows: [number, number][] = [];
    for (let day = startOfLocalDay(range.start); day.getTime() < end; day = addLocalDays(day, 1)) {
      const hours = room.openingHours[localClock(day).weekday];
      if (hours) windows.push([Math.max(day.getTime() + hours[0] * 60_000, start), Math.min(day.getTime() + hours[1] * 60_000, end)]);
    }
    const open = windows.filter(([s, e]) => e > s);
    const closed = clip(blackouts.filter((b) => b.roomId === null || b.roomId === room.id), start, end);
    const openMs = unionLength(open) - open.reduce((n, [ws, we]) => n + unionLength(closed.map(([s, e]) => [Math.max(s, ws), Math.min(e, we)] as [number, number]).filter(([s, e]) => e > s)), 0);
    const mine = booked.filter((r) => r.roomId === room.id);
    const inRange = clip(mine, start, end);
    const placeMs = mine.reduce((n, r) => n + r.places * Math.max(0, Math.min(r.endAt.getTime(), end) - Math.max(r.startAt.getTime(), start)), 0);
    return {
      roomId: room.id,
      code: room.code,
      name: room.name,
      capacity: room.capacity,
      openMinutes: Math.round(openMs / 60_000),
      bookedMinutes: Math.round(unionLength(inRange) / 60_000),
      placeMinutes: Math.round(placeMs / 60_000),
    };
  });
}

/** Today's use per room for the staff home: how many live reservations, and the next one to begin. */
export function todayRoomUse(ctx: Ctx): { roomId: number; name: string; icon: string | null; count: number; nextAt: Date | null }[] {
  if (!isStaff(ctx.actor)) throw forbidden();
  const start = startOfLocalDay(ctx.now);
  const end = addLocalDays(start, 1);
  const rows = ctx.db
    .select({ roomId: reservations.roomId, startAt: reservations.startAt, endAt: reservations.endAt })
    .from(reservations)
    .where(and(overlaps(start, end), liveCondition(ctx.now)))
    .all();
  return listRooms(ctx).map((room) => {
    const mine = rows.filter((r) => r.roomId === room.id);
    const next = mine.filter((r) => r.startAt >= ctx.now).sort((a, b) => a.startAt.getTime() - b.startAt.getTime())[0];
    return { roomId: room.id, name: room.name, icon: room.icon, count: mine.length, nextAt: next?.startAt ?? null };
  });
}
