import type { MediationStatus } from "@/db/schema";

/**
 * The statutory workflow of a people's-mediation case (人民调解法): which state may follow which.
 * Anything not listed is refused with 409 by transitionCase.
 */
export const TRANSITIONS: Readonly<Record<MediationStatus, readonly MediationStatus[]>> = {
  registered: ["accepted", "rejected"],
  // A respondent may refuse mediation before the first meeting (被申请人拒绝调解): failed.
  accepted: ["in_mediation", "failed"],
  rejected: ["archived"],
  in_mediation: ["agreed", "failed"],
  // Judicial confirmation is optional: the parties may apply within 30 days of the agreement.
  agreed: ["judicial_confirmation", "closed"],
  failed: ["closed"],
  judicial_confirmation: ["closed"],
  closed: ["archived"],
  archived: [],
};

/** States whose change needs a stated reason (不予受理、调解不成). */
export const REASON_REQUIRED: readonly MediationStatus[] = ["rejected", "failed"];

/** States in which the one-month settlement deadline runs. */
export const SETTLEMENT_STATES: readonly MediationStatus[] = ["accepted", "in_mediation"];

/** States in which a follow-up visit (回访) can be recorded and may fall due. */
export const FOLLOW_UP_STATES: readonly MediationStatus[] = ["agreed", "judicial_confirmation", "closed", "failed"];

/** States in which mediation meetings are held and recorded. */
export const SESSION_STATES: readonly MediationStatus[] = ["accepted", "in_mediation"];

/** States in which the agreement may be written or corrected. */
export const AGREEMENT_STATES: readonly MediationStatus[] = ["in_mediation", "agreed"];

/** States in which the team may still change. */
export const ASSIGNABLE_STATES: readonly MediationStatus[] = ["registered", "accepted", "in_mediation", "agreed", "failed", "judicial_confirmation"];

/** Closed and archived cases count as concluded (办结). */
export const CONCLUDED_STATES: readonly MediationStatus[] = ["closed", "archived"];

export function canTransition(from: MediationStatus, to: MediationStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function nextStatuses(from: MediationStatus): readonly MediationStatus[] {
  return TRANSITIONS[from];
}
