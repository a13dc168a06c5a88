import { eq } from "drizzle-orm";
import { mediationCases, mediationFollowUps } from "@/db/schema";
import type { Ctx } from "../context";
import { appError, forbidden } from "../errors";
import { label, t } from "../i18n/messages";
import { toLocalDate } from "../time";
import { addDaysToDate, FOLLOW_UP_WITHIN_DAYS } from "./deadlines";
import { auditCase, loadVisibleCase } from "./internal";
import { canWorkOnCase } from "./policy";
import type { RecordFollowUpInput } from "./schemas";
import { FOLLOW_UP_STATES } from "./workflow";

/**
 * Records a follow-up visit (回访). An agreement found performed needs no further visit; otherwise
 * the next one falls due FOLLOW_UP_WITHIN_DAYS after this one.
 */
export function recordFollowUp(ctx: Ctx, caseId: number, input: RecordFollowUpInput): { id: number; followUpDueOn: string | null } {
  return ctx.db.transaction(
    () => {
      const { head, team } = loadVisibleCase(ctx, caseId);
      if (!canWorkOnCase(ctx.actor, team)) throw forbidden(t("mediation.error.onlyTeam"));
      if (!FOLLOW_UP_STATES.includes(head.status)) throw appError("conflict", t("mediation.error.noFollowUpNow", { status: label("mediationStatus", head.status) }));
      if (input.visitedAt > ctx.now) throw appError("validation", t("mediation.error.visitInFuture"), { visitedAt: [t("mediation.error.visitInFuture")] });

      const { id } = ctx.db
        .insert(mediationFollowUps)
        .values({
          caseId,
          visitedAt: input.visitedAt,
          method: input.method,
          byId: ctx.actor.userId,
          performed: input.performed,
          satisfaction: input.satisfaction,
          situation: input.situation ?? null,
          risks: input.risks ?? null,
          measures: input.measures ?? null,
          createdAt: ctx.now,
        })
        .returning({ id: mediationFollowUps.id })
        .get();
      const followUpDueOn = input.performed === "yes" ? null : addDaysToDate(toLocalDate(input.visitedAt), FOLLOW_UP_WITHIN_DAYS);
      ctx.db.update(mediationCases).set({ followUpDueOn, updatedAt: ctx.now }).where(eq(mediationCases.id, caseId)).run();
      auditCase(ctx, "mediation.follow_up.create", caseId, { followUpId: id, performed: input.performed, satisfaction: input.satisfaction });
      return { id, followUpDueOn };
    },
    { behavior: "immediate" },
  );
}
