import { hasRole, isStaff, type Actor } from "../auth/actor";

/** A counsellor edits their own profile and availability; an admin edits anyone's. */
export function canEditCounselor(actor: Actor, counselorId: number): boolean {
  return hasRole(actor, "admin") || (hasRole(actor, "counselor") && actor.userId === counselorId);
}

/** Weekly rules and leave are for staff to see (residents see free slots, not the roster). */
export function canSeeAvailability(actor: Actor): boolean {
  return isStaff(actor);
}
