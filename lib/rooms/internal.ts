import { and, count, eq, gt } from "drizzle-orm";
import { reservations, type Reservation } from "@/db/schema";
import { hasRole, isStaff } from "../auth/actor";
import type { Ctx } from "../context";
import { appError, forbidden, notFound } from "../errors";
import { t } from "../i18n/messages";
import { liveCondition, loadRoom, reserveInTransaction, sourceLabel, type ReservationRef } from "./engine";
import { canBookRooms, canChangeReservation, canSeeReservation, RESIDENT_MAX_UPCOMING } from "./policy";
import type { ReserveRoomInput } from "./schemas";

/**
 * The reservation a caller wants to change through the rooms pages or API: 404 when they may not
 * see it, 403 when they see it but may not change it, 409 when another area owns it (an
 * appointment's room is moved or cancelled with the appointment, never behind its back).
 */
export function reservationForChange(ctx: Ctx, id: number): Reservation {
  const r = ctx.db.select().from(reservations).where(eq(reservations.id, id)).get();
  if (!r || !canSeeReservation(ctx.actor, r)) throw notFound();
  if (!canChangeReservation(ctx.actor, r)) throw forbidden(t("rooms.error.notOwner"));
  if (r.sourceType) throw appError("conflict", t("rooms.error.ownedBySource", { source: sourceLabel(r.sourceType) }));
  return r;
}

/** The reservation an earlier submit with the same key created, if any. */
export function findByRequestKey(ctx: Ctx, requestKey: string | undefined): Reservation | undefined {
  if (!requestKey) return undefined;
  return ctx.db
    .select()
    .from(reservations)
    .where(and(eq(reservations.bookedBy, ctx.actor.userId), eq(reservations.requestKey, requestKey)))
    .get();
}

export function refOf(r: Reservation): ReservationRef {
  return { id: r.id, roomId: r.roomId, startAt: r.startAt, endAt: r.endAt, status: r.status, purpose: r.purpose, holdExpiresAt: r.holdExpiresAt, seriesId: r.seriesId };
}

export const staffOnly = (ctx: Ctx) => {
  if (!isStaff(ctx.actor)) throw forbidden();
};

export interface BookResult {
  reservation: ReservationRef;
  /** True when a repeated submit (same request key) returned the reservation made the first time. */
  replayed: boolean;
}

/**
 * What reserveRoom and holdRoom share: the caller's rules (a resident books a resident-bookable
 * room, for themselves, a few at a time) checked in the same immediate transaction as the engine's
 * invariants, so neither can be raced.
 */
export function book(ctx: Ctx, input: ReserveRoomInput, holdExpiresAt: Date | null): BookResult {
  if (!canBookRooms(ctx.actor)) throw forbidden();
  const resident = !isStaff(ctx.actor);
  if (resident && holdExpiresAt) throw forbidden();
  return ctx.db.transaction(
    () => {
      const previous = findByRequestKey(ctx, input.requestKey);
      if (previous) {
        const same = previous.roomId === input.roomId && previous.startAt.getTime() === input.startAt.getTime() && previous.endAt.getTime() === input.endAt.getTime();
        if (!same) throw appError("conflict", t("rooms.error.requestKeyReused"));
        return { reservation: refOf(previous), replayed: true };
      }
      if (resident) assertResidentMayBook(ctx, input);
      const reservation = reserveInTransaction(ctx, {
        roomId: input.roomId,
        startAt: input.startAt,
        endAt: input.endAt,
        purpose: input.purpose ?? (resident ? "self_service" : "other"),
        title: input.title,
        places: input.places,
        status: holdExpiresAt ? "held" : "confirmed",
        holdExpiresAt,
        residentId: resident ? ctx.actor.residentId : null,
        requestKey: input.requestKey,
      });
      return { reservation, replayed: false };
    },
    { behavior: "immediate" },
  );
}

function assertResidentMayBook(ctx: Ctx, input: ReserveRoomInput): void {
  if (!hasRole(ctx.actor, "resident") || ctx.actor.residentId === null) throw forbidden(t("rooms.error.residentOnly"));
  const room = loadRoom(ctx, input.roomId);
  if (!room.residentBookable || !room.active) throw forbidden(t("rooms.error.notResidentBookable", { room: room.name }));
  if (input.purpose && input.purpose !== "self_service") throw appError("validation", t("rooms.error.residentPurpose"), { purpose: [t("rooms.error.residentPurpose")] });
  if (input.places !== undefined && input.places !== 1) throw appError("validation", undefined, { places: [t("field.invalid")] });
  const upcoming = ctx.db
    .select({ n: count() })
    .from(reservations)
    .where(and(eq(reservations.residentId, ctx.actor.residentId), eq(reservations.purpose, "self_service"), liveCondition(ctx.now), gt(reservations.endAt, ctx.now)))
    .get();
  if ((upcoming?.n ?? 0) >= RESIDENT_MAX_UPCOMING) throw appError("conflict", t("rooms.error.residentLimit", { max: RESIDENT_MAX_UPCOMING }));
}
