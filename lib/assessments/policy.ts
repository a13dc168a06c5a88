import { hasRole, isStaff, type Actor } from "../auth/actor";

/** Counsellors triage self-assessment alerts; the admin oversees the queue. */
export function canTriage(actor: Actor): boolean {
  return hasRole(actor, "counselor", "admin");
}

/** Only a resident's own assessments carry their identity; anyone else's submission is anonymous. */
export function residentIdFor(actor: Actor | null): number | null {
  if (!actor || isStaff(actor) || !hasRole(actor, "resident")) return null;
  return actor.residentId;
}
