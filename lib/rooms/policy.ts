import type { Reservation } from "@/db/schema";
import { hasRole, isStaff, type Actor } from "../auth/actor";

/** Residents may hold at most this many reservations that have not ended yet. */
export const RESIDENT_MAX_UPCOMING = 3;

/** Staff book any active room for any purpose; residents book resident-bookable rooms for themselves. */
export function canBookRooms(actor: Actor): boolean {
  return isStaff(actor) || (hasRole(actor, "resident") && actor.residentId !== null);
}

/** Holds and weekly series are staff tools (appointments and activities use them). */
export function canHoldOrRepeat(actor: Actor): boolean {
  return isStaff(actor);
}

export function canManageRooms(actor: Actor): boolean {
  return hasRole(actor, "admin");
}

/** Staff see every reservation with its title; a resident sees only their own. */
export function canSeeReservation(actor: Actor, r: Pick<Reservation, "bookedBy" | "residentId">): boolean {
  return isStaff(actor) || isOwner(actor, r);
}

export function isOwner(actor: Actor, r: Pick<Reservation, "bookedBy" | "residentId">): boolean {
  return r.bookedBy === actor.userId || (!isStaff(actor) && actor.residentId !== null && r.residentId === actor.residentId);
}

/** The person who booked it, or an admin, may move, confirm or cancel it. */
export function canChangeReservation(actor: Actor, r: Pick<Reservation, "bookedBy" | "residentId">): boolean {
  return isOwner(actor, r) || hasRole(actor, "admin");
}
