import { eq } from "drizzle-orm";
import { mediationCases } from "@/db/schema";
import type { Ctx } from "../context";
import { appError, forbidden } from "../errors";
import { t } from "../i18n/messages";
import { addDaysToDate, effectiveDeadline } from "./deadlines";
import { auditCase, loadVisibleCase } from "./internal";
import { canManageCase } from "./policy";
import type { ExtendDeadlineInput } from "./schemas";
import { SETTLEMENT_STATES } from "./workflow";

/** Longest single extension: a complex case gets more time, not an open-ended one. */
const MAX_EXTENSION_DAYS = 92;

/** Extends the settlement deadline of an accepted case, with the reason (延期调解). */
export function extendDeadline(ctx: Ctx, caseId: number, input: ExtendDeadlineInput): { deadlineOn: string } {
  return ctx.db.transaction(
    () => {
      const { head, team } = loadVisibleCase(ctx, caseId);
      if (!canManageCase(ctx.actor, team)) throw forbidden(t("mediation.error.onlyMediators"));
      const current = effectiveDeadline(head);
      if (!SETTLEMENT_STATES.includes(head.status) || !current) throw appError("conflict", t("mediation.error.noExtensionNow"));
      if (input.deadlineOn <= current) {
        const message = t("mediation.error.extensionNotLater", { date: current });
        throw appError("validation", message, { deadlineOn: [message] });
      }
      if (input.deadlineOn > addDaysToDate(current, MAX_EXTENSION_DAYS)) {
        const message = t("mediation.error.extensionTooFar");
        throw appError("validation", message, { deadlineOn: [message] });
      }
      ctx.db
        .update(mediationCases)
        .set({ extendedDeadlineOn: input.deadlineOn, extensionReason: input.reason, extendedAt: ctx.now, extendedBy: ctx.actor.userId, updatedAt: ctx.now })
        .where(eq(mediationCases.id, caseId))
        .run();
      auditCase(ctx, "mediation.case.extend", caseId, { from: current, to: input.deadlineOn });
      return { deadlineOn: input.deadlineOn };
    },
    { behavior: "immediate" },
  );
}
