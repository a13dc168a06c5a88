import type { CareGroup, RiskColor } from "@/db/schema";
import { hasRole, type Actor } from "../auth/actor";

/** Special-group care is the work of carers; admin runs it. Nobody else reaches it (403). */
export function canUseCare(actor: Actor): boolean {
  return hasRole(actor, "carer", "admin");
}

/** A carer sees the persons assigned to them; admin sees everyone. Anyone else: not found. */
export function canSeePerson(actor: Actor, carerIds: readonly number[]): boolean {
  return hasRole(actor, "admin") || (hasRole(actor, "carer") && carerIds.includes(actor.userId));
}

/** Whoever may see the person may also change their record, visit them and grade them. */
export const canChangePerson = canSeePerson;

/** Cadence settings are the centre's policy: admin only. */
export function canManageSettings(actor: Actor): boolean {
  return hasRole(actor, "admin");
}

/** The admin overview (per group, colour and carer) spans everyone's persons. */
export function canSeeOverview(actor: Actor): boolean {
  return hasRole(actor, "admin");
}

/** The most restricted tier: corrections and petition details. */
export const RESTRICTED_GROUPS: readonly CareGroup[] = ["corrections", "petitioner"];

export function isRestrictedGroup(group: CareGroup): boolean {
  return RESTRICTED_GROUPS.includes(group);
}

/**
 * Corrections and petition details are readable only by the person's own carers and admin (SECURITY
 * item 3). Anyone else who may one day see the person (a counsellor on a referral) gets them stripped.
 */
export function canSeeRestricted(actor: Actor, carerIds: readonly number[]): boolean {
  return hasRole(actor, "admin") || (hasRole(actor, "carer") && carerIds.includes(actor.userId));
}

const COLOR_RANK: Record<RiskColor, number> = { red: 0, yellow: 1, green: 2 };

/** Red first: the sort weight of a colour. */
export function colorRank(color: RiskColor): number {
  return COLOR_RANK[color];
}
