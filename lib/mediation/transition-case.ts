import { eq } from "drizzle-orm";
import { mediationAgreements, mediationCases, type MediationStatus, type NewMediationCase } from "@/db/schema";
import type { Ctx } from "../context";
import { appError, forbidden } from "../errors";
import { label, t } from "../i18n/messages";
import { toLocalDate } from "../time";
import { judicialConfirmationEnd, settlementDeadline } from "./deadlines";
import { auditCase, loadVisibleCase, recordTransition } from "./internal";
import { canManageCase } from "./policy";
import type { TransitionInput } from "./schemas";
import { canTransition, REASON_REQUIRED } from "./workflow";

/**
 * Moves a case one step along the workflow, recording who, when and why. A step the workflow does
 * not allow is refused with 409 and changes nothing.
 */
export function transitionCase(ctx: Ctx, caseId: number, input: TransitionInput): { status: MediationStatus } {
  return ctx.db.transaction(
    () => {
      const { head, team } = loadVisibleCase(ctx, caseId);
      if (!canManageCase(ctx.actor, team)) throw forbidden(t("mediation.error.onlyMediators"));
      const from = head.status;
      const to = input.to;
      if (!canTransition(from, to)) {
        throw appError("conflict", t("mediation.error.illegalTransition", { from: label("mediationStatus", from), to: label("mediationStatus", to) }));
      }
      if (REASON_REQUIRED.includes(to) && !input.reason) throw appError("validation", t("mediation.error.needReason"), { reason: [t("mediation.error.needReason")] });

      const set: Partial<NewMediationCase> = { status: to, updatedAt: ctx.now };
      if (to === "accepted") {
        if (!head.leadMediatorId) throw appError("conflict", t("mediation.error.needLeadToAccept"));
        set.acceptedAt = ctx.now;
        set.deadlineOn = settlementDeadline(ctx.now);
      }
      if (to === "agreed" || to === "judicial_confirmation") {
        const agreement = ctx.db
          .select({ oral: mediationAgreements.oral, signedOn: mediationAgreements.signedOn })
          .from(mediationAgreements)
          .where(eq(mediationAgreements.caseId, caseId))
          .get();
        if (!agreement) throw appError("conflict", t("mediation.error.needAgreement"));
        if (to === "agreed") set.agreedAt = ctx.now;
        if (to === "judicial_confirmation") {
          if (agreement.oral) throw appError("conflict", t("mediation.error.oralNoConfirmation"));
          const last = judicialConfirmationEnd(agreement.signedOn);
          if (toLocalDate(ctx.now) > last) throw appError("conflict", t("mediation.error.confirmationWindowPassed", { date: last }));
        }
      }
      if (to === "closed") set.closedAt = ctx.now;
      if (to === "archived") {
        set.archivedAt = ctx.now;
        set.followUpDueOn = null;
      }

      ctx.db.update(mediationCases).set(set).where(eq(mediationCases.id, caseId)).run();
      recordTransition(ctx, caseId, from, to, input.reason);
      auditCase(ctx, "mediation.case.transition", caseId, { from, to });
      return { status: to };
    },
    { behavior: "immediate" },
  );
}
