import { and, eq, inArray } from "drizzle-orm";
import { mediationCases, mediationTeam, mediationTransitions, userRoles, users, type MediationStatus } from "@/db/schema";
import { auditAs, type AuditEntry } from "../audit/audit";
import type { Ctx } from "../context";
import { appError, notFound } from "../errors";
import { t } from "../i18n/messages";
import { canSeeCase, type TeamMember } from "./policy";

export function auditCase(ctx: Ctx, action: string, caseId: number | null, details?: AuditEntry["details"], outcome: AuditEntry["outcome"] = "success", reason?: string) {
  auditAs(ctx, { action, entityType: "mediation_case", entityId: caseId, details, outcome, reason });
}

/** The columns a use case needs to decide about a case; never the texts. */
const headColumns = {
  id: mediationCases.id,
  caseNo: mediationCases.caseNo,
  year: mediationCases.year,
  seq: mediationCases.seq,
  status: mediationCases.status,
  leadMediatorId: mediationCases.leadMediatorId,
  acceptedAt: mediationCases.acceptedAt,
  deadlineOn: mediationCases.deadlineOn,
  extendedDeadlineOn: mediationCases.extendedDeadlineOn,
  agreedAt: mediationCases.agreedAt,
  followUpDueOn: mediationCases.followUpDueOn,
};

export function teamOf(ctx: Ctx, caseId: number): TeamMember[] {
  return ctx.db.select({ userId: mediationTeam.userId, role: mediationTeam.role }).from(mediationTeam).where(eq(mediationTeam.caseId, caseId)).all();
}

/**
 * The case and its team if the actor may see it; otherwise 404, exactly as for a case that does not
 * exist (a refused look is audited when it happens outside a write transaction).
 */
export function loadVisibleCase(ctx: Ctx, caseId: number) {
  const head = ctx.db.select(headColumns).from(mediationCases).where(eq(mediationCases.id, caseId)).get();
  if (!head) throw notFound();
  const team = teamOf(ctx, caseId);
  if (!canSeeCase(ctx.actor, team)) {
    if (!ctx.db.$client.inTransaction) auditCase(ctx, "mediation.case.read", caseId, undefined, "denied");
    throw notFound();
  }
  return { head, team };
}

export function recordTransition(ctx: Ctx, caseId: number, from: MediationStatus | null, to: MediationStatus, reason?: string | null) {
  ctx.db.insert(mediationTransitions).values({ caseId, fromStatus: from, toStatus: to, byId: ctx.actor.userId, at: ctx.now, reason: reason ?? null }).run();
}

/** Throws 422 on `field` unless every id is an active account holding `role`. */
export function assertUsersHaveRole(ctx: Ctx, ids: number[], role: "mediator" | "counselor", field: string): void {
  if (ids.length === 0) return;
  const found = new Set(
    ctx.db
      .select({ userId: userRoles.userId })
      .from(userRoles)
      .innerJoin(users, eq(users.id, userRoles.userId))
      .where(and(inArray(userRoles.userId, ids), eq(userRoles.role, role), eq(users.active, true)))
      .all()
      .map((r) => r.userId),
  );
  const message = t(role === "mediator" ? "mediation.error.notMediator" : "mediation.error.notCounselor");
  if (ids.some((id) => !found.has(id))) throw appError("validation", message, { [field]: [message] });
}
