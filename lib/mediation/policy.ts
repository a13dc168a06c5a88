import type { MediationTeamRole } from "@/db/schema";
import { hasRole, type Actor } from "../auth/actor";

export interface TeamMember {
  userId: number;
  role: MediationTeamRole;
}

/**
 * The actor's role on a case's team — only while they still hold the matching account role, so
 * that taking the mediator or counsellor role away ends their access on the next request.
 */
export function teamRoleOf(actor: Actor, team: readonly TeamMember[]): MediationTeamRole | null {
  const m = team.find((x) => x.userId === actor.userId);
  if (!m) return null;
  if (m.role === "counselor") return hasRole(actor, "counselor") ? m.role : null;
  return hasRole(actor, "mediator") ? m.role : null;
}

/** Who may open the case list at all (each sees only their own cases, admins all). */
export function canListCases(actor: Actor): boolean {
  return hasRole(actor, "mediator", "counselor", "admin");
}

export function canRegisterCase(actor: Actor): boolean {
  return hasRole(actor, "mediator", "admin");
}

/** A case is visible to its team (lead, assistants, counsellor) and to admins; to anyone else it does not exist. */
export function canSeeCase(actor: Actor, team: readonly TeamMember[]): boolean {
  return hasRole(actor, "admin") || teamRoleOf(actor, team) !== null;
}

/** Workflow steps, the agreement and deadline extensions: the case's mediators, or an admin. */
export function canManageCase(actor: Actor, team: readonly TeamMember[]): boolean {
  const role = teamRoleOf(actor, team);
  return hasRole(actor, "admin") || role === "lead" || role === "assistant";
}

/** Changing the team: its lead mediator, or an admin. */
export function canAssignTeam(actor: Actor, team: readonly TeamMember[]): boolean {
  return hasRole(actor, "admin") || teamRoleOf(actor, team) === "lead";
}

/** Mediation meetings and follow-up visits: anyone on the team, the counsellor included. */
export function canWorkOnCase(actor: Actor, team: readonly TeamMember[]): boolean {
  return teamRoleOf(actor, team) !== null;
}

/** Psychological-support notes are for the case team only — an admin who is not on it does not read them. */
export function canReadSupportNotes(actor: Actor, team: readonly TeamMember[]): boolean {
  return teamRoleOf(actor, team) !== null;
}

export function canWriteSupportNotes(actor: Actor, team: readonly TeamMember[]): boolean {
  return teamRoleOf(actor, team) === "counselor";
}
