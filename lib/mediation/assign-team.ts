import { and, eq } from "drizzle-orm";
import { mediationCases, mediationTeam, type MediationTeamRole } from "@/db/schema";
import type { Ctx } from "../context";
import { appError, forbidden } from "../errors";
import { label, t } from "../i18n/messages";
import { assertUsersHaveRole, auditCase, loadVisibleCase } from "./internal";
import { canAssignTeam } from "./policy";
import type { AssignTeamInput } from "./schemas";
import { ASSIGNABLE_STATES } from "./workflow";

export interface AssignedTeam {
  leadMediatorId: number;
  assistantIds: number[];
  counselorId: number | null;
}

/**
 * Sets the case team: the first mediator leads, the others assist; the counsellor (who must hold the
 * counsellor role) joins for psychological support. Leaving counselorId out keeps the current one.
 */
export function assignTeam(ctx: Ctx, caseId: number, input: AssignTeamInput): AssignedTeam {
  return ctx.db.transaction(
    () => {
      const { head, team } = loadVisibleCase(ctx, caseId);
      if (!canAssignTeam(ctx.actor, team)) throw forbidden(t("mediation.error.onlyLead"));
      if (!ASSIGNABLE_STATES.includes(head.status)) throw appError("conflict", t("mediation.error.notAssignable", { status: label("mediationStatus", head.status) }));

      const currentCounselor = team.find((m) => m.role === "counselor")?.userId ?? null;
      const counselorId = input.counselorId === undefined ? currentCounselor : input.counselorId;
      assertUsersHaveRole(ctx, input.mediatorIds, "mediator", "mediatorIds");
      if (counselorId !== null && counselorId !== currentCounselor) assertUsersHaveRole(ctx, [counselorId], "counselor", "counselorId");
      if (counselorId !== null && input.mediatorIds.includes(counselorId)) {
        throw appError("validation", undefined, { counselorId: [t("mediation.error.duplicateMediator")] });
      }

      const [leadId, ...assistantIds] = input.mediatorIds;
      const wanted = new Map<number, MediationTeamRole>([[leadId, "lead"], ...assistantIds.map((id) => [id, "assistant"] as [number, MediationTeamRole])]);
      if (counselorId !== null) wanted.set(counselorId, "counselor");

      // Members who keep their role keep their original assignment time; the rest are replaced.
      const before = new Map(team.map((m) => [m.userId, m.role]));
      for (const [userId, role] of before) {
        if (wanted.get(userId) !== role) ctx.db.delete(mediationTeam).where(and(eq(mediationTeam.caseId, caseId), eq(mediationTeam.userId, userId))).run();
      }
      const rows = [...wanted]
        .filter(([userId, role]) => before.get(userId) !== role)
        .map(([userId, role]) => ({ caseId, userId, role, assignedAt: ctx.now, assignedBy: ctx.actor.userId }));
      if (rows.length) ctx.db.insert(mediationTeam).values(rows).run();
      ctx.db.update(mediationCases).set({ leadMediatorId: leadId, updatedAt: ctx.now }).where(eq(mediationCases.id, caseId)).run();

      auditCase(ctx, "mediation.case.assign", caseId, {
        leadMediatorId: leadId,
        assistantIds,
        counselorId,
        removed: [...before.keys()].filter((id) => !wanted.has(id)),
      });
      return { leadMediatorId: leadId, assistantIds, counselorId };
    },
    { behavior: "immediate" },
  );
}
