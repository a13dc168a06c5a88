import { hasRole, type Actor } from "../auth/actor";

/** Statistics span every area's records (all counsellors, all cases): the centre's admins only. */
export function canSeeStats(actor: Actor): boolean {
  return hasRole(actor, "admin");
}

/** Exports carry the same figures out of the app: the same rule, and each one is audited. */
export function canExportStats(actor: Actor): boolean {
  return hasRole(actor, "admin");
}
