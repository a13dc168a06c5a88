import { and, eq } from "drizzle-orm";
import { mediationAgreements, mediationCases, mediationFollowUps } from "@/db/schema";
import type { Ctx } from "../context";
import { appError, forbidden } from "../errors";
import { label, t } from "../i18n/messages";
import { formatAgreementNo } from "./case-number";
import { followUpDueAfterAgreement } from "./deadlines";
import { auditCase, loadVisibleCase } from "./internal";
import { canManageCase } from "./policy";
import type { SaveAgreementInput } from "./schemas";
import { AGREEMENT_STATES } from "./workflow";

/**
 * Writes the case's agreement (人民调解协议书, or an oral agreement recorded as such), or corrects it
 * before judicial confirmation. The first follow-up visit falls due after its performance deadline.
 */
export function saveAgreement(ctx: Ctx, caseId: number, input: SaveAgreementInput): { id: number; agreementNo: string } {
  return ctx.db.transaction(
    () => {
      const { head, team } = loadVisibleCase(ctx, caseId);
      if (!canManageCase(ctx.actor, team)) throw forbidden(t("mediation.error.onlyMediators"));
      if (!AGREEMENT_STATES.includes(head.status)) throw appError("conflict", t("mediation.error.noAgreementNow", { status: label("mediationStatus", head.status) }));

      const values = {
        oral: input.oral,
        facts: input.facts,
        content: input.content,
        performanceMethod: input.performanceMethod ?? null,
        performanceDeadlineOn: input.performanceDeadlineOn ?? null,
        signedOn: input.signedOn,
      };
      const existing = ctx.db.select({ id: mediationAgreements.id, agreementNo: mediationAgreements.agreementNo }).from(mediationAgreements).where(eq(mediationAgreements.caseId, caseId)).get();
      let result: { id: number; agreementNo: string };
      if (existing) {
        ctx.db.update(mediationAgreements).set({ ...values, updatedAt: ctx.now }).where(eq(mediationAgreements.id, existing.id)).run();
        result = existing;
      } else {
        const agreementNo = formatAgreementNo(head.year, head.seq);
        const { id } = ctx.db
          .insert(mediationAgreements)
          .values({ caseId, agreementNo, ...values, createdBy: ctx.actor.userId, createdAt: ctx.now })
          .returning({ id: mediationAgreements.id })
          .get();
        result = { id, agreementNo };
      }

      // Once a visit found the agreement performed, no further follow-up falls due.
      const done = ctx.db
        .select({ id: mediationFollowUps.id })
        .from(mediationFollowUps)
        .where(and(eq(mediationFollowUps.caseId, caseId), eq(mediationFollowUps.performed, "yes")))
        .get();
      if (!done) ctx.db.update(mediationCases).set({ followUpDueOn: followUpDueAfterAgreement(values), updatedAt: ctx.now }).where(eq(mediationCases.id, caseId)).run();

      auditCase(ctx, existing ? "mediation.agreement.update" : "mediation.agreement.create", caseId, { agreementId: result.id, oral: input.oral });
      return result;
    },
    { behavior: "immediate" },
  );
}
