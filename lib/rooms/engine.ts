import { and, eq, gt, gte, inArray, isNull, lt, ne, notInArray, or, type SQL } from "drizzle-orm";
import { reservations, roomBlackouts, rooms, type Reservation, type ReservationPurpose, type ReservationStatus, type Room } from "@/db/schema";
import { auditAs } from "../audit/audit";
import type { Ctx } from "../context";
import { AppError, appError } from "../errors";
import { label, t } from "../i18n/messages";
import { formatShortDate, formatTime, localClock, startOfLocalDay, weekdayName } from "../time";

/**
 * The one booking engine (SECURITY.md 14). Every reservation of a room — resident self-service,
 * appointments, group activities, mediation sessions — is checked and written by the functions
 * here, always inside the caller's synchronous `immediate` transaction, so the availability check
 * and the write cannot interleave with another writer's.
 *
 * Other areas call the `…InTransaction` functions inside THEIR own transaction, so that their row
 * and its reservation commit (or roll back) together:
 *
 *   ctx.db.transaction(() => {
 *     const r = reserveInTransaction(ctx, { roomId, startAt, endAt, purpose: "appointment", sourceType: "appointment", sourceId });
 *     …insert the appointment with r.id…
 *   }, { behavior: "immediate" });
 */

const MINUTE = 60_000;
const GRID = 5 * MINUTE;

/** The columns of a room the engine needs. */
export type EngineRoom = Pick<Room, "id" | "name" | "mode" | "capacity" | "openingHours" | "minMinutes" | "maxMinutes" | "active" | "residentBookable">;

export interface ReservationRef {
  id: number;
  roomId: number;
  startAt: Date;
  endAt: Date;
  status: ReservationStatus;
  purpose: ReservationPurpose;
  holdExpiresAt: Date | null;
  seriesId: string | null;
}

export interface ReserveSpec {
  roomId: number;
  startAt: Date;
  endAt: Date;
  purpose: ReservationPurpose;
  title?: string | null;
  places?: number;
  /** "held" needs holdExpiresAt; a held reservation stops counting once that instant passes. */
  status?: "held" | "confirmed";
  holdExpiresAt?: Date | null;
  residentId?: number | null;
  seriesId?: string | null;
  requestKey?: string | null;
  /** The area that owns this reservation (appointment / activity / mediation) and its row id. */
  sourceType?: string | null;
  sourceId?: number | null;
}

export type SlotProblemCode = "inactive" | "order" | "grid" | "past" | "too_short" | "too_long" | "closed" | "outside_hours" | "blackout" | "places" | "taken" | "full";

export interface SlotProblem {
  code: SlotProblemCode;
  message: string;
  /** 422 for input the room can never accept, 409 for a time that is not free. */
  kind: "validation" | "conflict";
  field: "startAt" | "endAt" | "places" | "roomId";
}

const refColumns = {
  id: reservations.id,
  roomId: reservations.roomId,
  startAt: reservations.startAt,
  endAt: reservations.endAt,
  status: reservations.status,
  purpose: reservations.purpose,
  holdExpiresAt: reservations.holdExpiresAt,
  seriesId: reservations.seriesId,
};

const roomColumns = {
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

/** Confirmed, or held and not yet expired: the reservations that occupy a room at `now`. */
export function liveCondition(now: Date): SQL {
  return or(eq(reservations.status, "confirmed"), and(eq(reservations.status, "held"), gt(reservations.holdExpiresAt, now)))!;
}

export function isLive(r: { status: ReservationStatus; holdExpiresAt: Date | null }, now: Date): boolean {
  return r.status === "confirmed" || (r.status === "held" && r.holdExpiresAt !== null && r.holdExpiresAt > now);
}

/** Throws unless a transaction is open: the engine's checks are only sound inside the caller's BEGIN IMMEDIATE. */
export function assertInTransaction(ctx: Ctx): void {
  if (!ctx.db.$client.inTransaction) throw new Error(t("rooms.error.notInTransaction"));
}

export function loadRoom(ctx: Ctx, roomId: number): EngineRoom {
  const room = ctx.db.select(roomColumns).from(rooms).where(eq(rooms.id, roomId)).get();
  if (!room) throw appError("not_found", t("rooms.error.unknownRoom"), { roomId: [t("rooms.error.unknownRoom")] });
  return room;
}

const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

/** Largest number of places taken at any instant of [start, end) by the given rows ([start, end) each). */
export function peakPlaces(rows: { startAt: Date; endAt: Date; places: number }[], start: Date, end: Date): { peak: number; at: Date | null } {
  const events: [number, number][] = [];
  for (const r of rows) {
    const s = Math.max(r.startAt.getTime(), start.getTime());
    const e = Math.min(r.endAt.getTime(), end.getTime());
    if (e <= s) continue;
    events.push([s, r.places], [e, -r.places]);
  }
  // Ends before starts at the same instant: [a, b) and [b, c) do not overlap.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let current = 0;
  let peak = 0;
  let at: number | null = null;
  for (const [time, delta] of events) {
    current += delta;
    if (current > peak) {
      peak = current;
      at = time;
    }
  }
  return { peak, at: at === null ? null : new Date(at) };
}

/** Checks that need no other reservation: order, grid, past, length, opening hours, places. */
export function shapeProblem(room: EngineRoom, startAt: Date, endAt: Date, places: number, now: Date): SlotProblem | null {
  const v = (code: SlotProblemCode, message: string, field: SlotProblem["field"] = "startAt"): SlotProblem => ({ code, message, kind: "validation", field });
  if (!room.active) return { code: "inactive", message: t("rooms.error.roomInactive", { room: room.name }), kind: "conflict", field: "roomId" };
  if (endAt.getTime() <= startAt.getTime()) return v("order", t("rooms.error.endBeforeStart"), "endAt");
  if (startAt.getTime() % GRID !== 0) return v("grid", t("rooms.error.notOnGrid"));
  if (endAt.getTime() % GRID !== 0) return v("grid", t("rooms.error.notOnGrid"), "endAt");
  if (startAt.getTime() < now.getTime()) return v("past", t("rooms.error.past"));
  const minutes = (endAt.getTime() - startAt.getTime()) / MINUTE;
  if (minutes < room.minMinutes) return v("too_short", t("rooms.error.tooShort", { room: room.name, min: room.minMinutes }), "endAt");
  if (minutes > room.maxMinutes) return v("too_long", t("rooms.error.tooLong", { room: room.name, max: room.maxMinutes }), "endAt");
  const { weekday, minute } = localClock(startAt);
  const hours = room.openingHours[weekday];
  if (!hours) return v("closed", t("rooms.error.closedDay", { room: room.name, weekday: weekdayName(startAt) }));
  const endMinute = (endAt.getTime() - startOfLocalDay(startAt).getTime()) / MINUTE;
  if (minute < hours[0] || endMinute > hours[1]) {
    return v("outside_hours", t("rooms.error.outsideHours", { room: room.name, weekday: weekdayName(startAt), open: hhmm(hours[0]), close: hhmm(hours[1]) }));
  }
  if (room.mode === "shared" && places > room.capacity) return v("places", t("rooms.error.tooManyPlaces", { room: room.name, capacity: room.capacity }), "places");
  return null;
}

/** Checks against the database: blackouts, then the room's live reservations (minus `excludeIds`). */
export function occupancyProblem(ctx: Ctx, room: EngineRoom, startAt: Date, endAt: Date, places: number, excludeIds: number[] = []): SlotProblem | null {
  const blackout = ctx.db
    .select({ startAt: roomBlackouts.startAt, endAt: roomBlackouts.endAt, reason: roomBlackouts.reason })
    .from(roomBlackouts)
    .where(and(or(eq(roomBlackouts.roomId, room.id), isNull(roomBlackouts.roomId)), lt(roomBlackouts.startAt, endAt), gt(roomBlackouts.endAt, startAt)))
    .limit(1)
    .get();
  if (blackout) {
    const message = t("rooms.error.blackout", {
      room: room.name,
      from: `${formatShortDate(blackout.startAt)} ${formatTime(blackout.startAt)}`,
      to: `${formatShortDate(blackout.endAt)} ${formatTime(blackout.endAt)}`,
      reason: blackout.reason,
    });
    return { code: "blackout", message, kind: "conflict", field: "startAt" };
  }
  const overlapping = ctx.db
    .select({ startAt: reservations.startAt, endAt: reservations.endAt, places: reservations.places })
    .from(reservations)
    .where(
      and(
        eq(reservations.roomId, room.id),
        liveCondition(ctx.now),
        lt(reservations.startAt, endAt),
        gt(reservations.endAt, startAt),
        excludeIds.length ? notInArray(reservations.id, excludeIds) : undefined,
      ),
    )
    .all();
  if (room.mode === "exclusive") {
    return overlapping.length ? { code: "taken", message: t("rooms.error.taken", { room: room.name }), kind: "conflict", field: "startAt" } : null;
  }
  const { peak } = peakPlaces(overlapping, startAt, endAt);
  if (peak + places > room.capacity) return { code: "full", message: t("rooms.error.full", { room: room.name, capacity: room.capacity }), kind: "conflict", field: "startAt" };
  return null;
}

export function slotProblem(ctx: Ctx, room: EngineRoom, startAt: Date, endAt: Date, places = 1, excludeIds: number[] = []): SlotProblem | null {
  return shapeProblem(room, startAt, endAt, places, ctx.now) ?? occupancyProblem(ctx, room, startAt, endAt, places, excludeIds);
}

export function problemError(p: SlotProblem): AppError {
  return p.kind === "validation" ? appError("validation", p.message, { [p.field]: [p.message] }) : appError("conflict", p.message);
}

function auditReservation(ctx: Ctx, action: string, id: number, details: Record<string, string | number | boolean | null>) {
  auditAs(ctx, { action, entityType: "reservation", entityId: id, details });
}

/**
 * Checks every invariant and inserts one reservation. The caller holds the immediate transaction
 * and has already decided that its actor may book for this purpose.
 */
export function reserveInTransaction(ctx: Ctx, spec: ReserveSpec): ReservationRef {
  assertInTransaction(ctx);
  const room = loadRoom(ctx, spec.roomId);
  const places = room.mode === "exclusive" ? 1 : (spec.places ?? 1);
  const problem = slotProblem(ctx, room, spec.startAt, spec.endAt, places);
  if (problem) throw problemError(problem);
  const status = spec.status ?? "confirmed";
  if (status === "held" && (!spec.holdExpiresAt || spec.holdExpiresAt <= ctx.now)) throw appError("validation");
  const row = ctx.db
    .insert(reservations)
    .values({
      roomId: room.id,
      startAt: spec.startAt,
      endAt: spec.endAt,
      status,
      purpose: spec.purpose,
      places,
      title: spec.title || null,
      bookedBy: ctx.actor.userId,
      residentId: spec.residentId ?? null,
      seriesId: spec.seriesId ?? null,
      holdExpiresAt: status === "held" ? spec.holdExpiresAt : null,
      requestKey: spec.requestKey ?? null,
      sourceType: spec.sourceType ?? null,
      sourceId: spec.sourceId ?? null,
      createdAt: ctx.now,
    })
    .returning(refColumns)
    .get();
  auditReservation(ctx, status === "held" ? "reservation.hold" : "reservation.create", row.id, {
    roomId: room.id,
    purpose: spec.purpose,
    places,
    seriesId: spec.seriesId ?? null,
    sourceType: spec.sourceType ?? null,
    sourceId: spec.sourceId ?? null,
  });
  return row;
}

/** The row the state changes below work on. */
export function loadReservation(ctx: Ctx, id: number): Reservation {
  const row = ctx.db.select().from(reservations).where(eq(reservations.id, id)).get();
  if (!row) throw appError("not_found");
  return row;
}

function assertChangeable(ctx: Ctx, r: Reservation): void {
  if (r.status === "cancelled") throw appError("conflict", t("rooms.error.alreadyCancelled"));
  if (r.endAt.getTime() <= ctx.now.getTime()) throw appError("conflict", t("rooms.error.ended"));
}

const toRef = (r: Reservation): ReservationRef => ({
  id: r.id,
  roomId: r.roomId,
  startAt: r.startAt,
  endAt: r.endAt,
  status: r.status,
  purpose: r.purpose,
  holdExpiresAt: r.holdExpiresAt,
  seriesId: r.seriesId,
});

/** Held → confirmed. A lapsed hold is confirmed only if its time is still free. Confirming twice is a no-op. */
export function confirmInTransaction(ctx: Ctx, id: number): ReservationRef {
  assertInTransaction(ctx);
  const r = loadReservation(ctx, id);
  if (r.status === "confirmed") return toRef(r);
  if (r.status !== "held") throw appError("conflict", t("rooms.error.notHeld"));
  const room = loadRoom(ctx, r.roomId);
  if (r.startAt.getTime() < ctx.now.getTime()) throw appError("conflict", t("rooms.error.past"));
  const problem = occupancyProblem(ctx, room, r.startAt, r.endAt, r.places, [r.id]);
  if (problem) {
    const lapsed = r.holdExpiresAt !== null && r.holdExpiresAt <= ctx.now;
    throw appError("conflict", lapsed && (problem.code === "taken" || problem.code === "full") ? t("rooms.error.holdLapsed") : problem.message);
  }
  ctx.db.update(reservations).set({ status: "confirmed", holdExpiresAt: null, updatedAt: ctx.now }).where(eq(reservations.id, id)).run();
  auditReservation(ctx, "reservation.confirm", id, { roomId: r.roomId });
  return { ...toRef(r), status: "confirmed", holdExpiresAt: null };
}

/** New times (and maybe another room), checked like a new booking with this one left out. */
export function moveInTransaction(ctx: Ctx, id: number, to: { startAt: Date; endAt: Date; roomId?: number }): ReservationRef {
  assertInTransaction(ctx);
  const r = loadReservation(ctx, id);
  assertChangeable(ctx, r);
  if (r.status === "held" && !isLive(r, ctx.now)) throw appError("conflict", t("rooms.error.holdLapsed"));
  const room = loadRoom(ctx, to.roomId ?? r.roomId);
  const places = room.mode === "exclusive" ? 1 : r.places;
  const problem = slotProblem(ctx, room, to.startAt, to.endAt, places, [r.id]);
  if (problem) throw problemError(problem);
  ctx.db.update(reservations).set({ roomId: room.id, startAt: to.startAt, endAt: to.endAt, places, updatedAt: ctx.now }).where(eq(reservations.id, id)).run();
  auditReservation(ctx, "reservation.move", id, {
    fromRoomId: r.roomId,
    toRoomId: room.id,
    fromStart: r.startAt.toISOString(),
    toStart: to.startAt.toISOString(),
    toEnd: to.endAt.toISOString(),
  });
  return { ...toRef(r), roomId: room.id, startAt: to.startAt, endAt: to.endAt };
}

/**
 * Cancels (freeing the time at once). Cancelling a cancelled reservation is a no-op, so a repeated
 * submit gives the same answer. `following` also cancels the later live occurrences of its series.
 */
export function cancelInTransaction(ctx: Ctx, id: number, opts: { reason?: string | null; scope?: "one" | "following" } = {}): ReservationRef[] {
  assertInTransaction(ctx);
  const r = loadReservation(ctx, id);
  if (r.status === "cancelled") return [toRef(r)];
  assertChangeable(ctx, r);
  let targets: Reservation[] = [r];
  if (opts.scope === "following" && r.seriesId) {
    targets = ctx.db
      .select()
      .from(reservations)
      .where(and(eq(reservations.seriesId, r.seriesId), ne(reservations.status, "cancelled"), gt(reservations.endAt, ctx.now), gte(reservations.startAt, r.startAt)))
      .all();
  }
  const ids = targets.map((x) => x.id);
  ctx.db
    .update(reservations)
    .set({ status: "cancelled", cancelledAt: ctx.now, cancelledBy: ctx.actor.userId, cancelReason: opts.reason || null, holdExpiresAt: null, updatedAt: ctx.now })
    .where(inArray(reservations.id, ids))
    .run();
  for (const x of targets) auditReservation(ctx, "reservation.cancel", x.id, { roomId: x.roomId, scope: opts.scope ?? "one", hadReason: Boolean(opts.reason) });
  return targets.map((x) => ({ ...toRef(x), status: "cancelled" as const, holdExpiresAt: null }));
}

/** The name of the area that owns a reservation, for "change it there" messages. */
export function sourceLabel(sourceType: string): string {
  return label("reservationSource", sourceType);
}
