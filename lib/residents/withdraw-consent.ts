import { and, eq, isNull } from "drizzle-orm";
import { residents } from "@/db/schema";
import { auditAs } from "../audit/audit";
import { hasRole, isStaff } from "../auth/actor";
import type { Ctx } from "../context";
import { appError, forbidden } from "../errors";
import { t } from "../i18n/messages";

/**
 * A resident withdraws the consent they gave to the processing of their sensitive data (PIPL
 * Art. 15). From then on nothing new may be processed on the basis of consent (care registration
 * refuses it); records already kept stay, under their retention rules. Processing under a legal
 * duty (corrections work) is not consent-based and is not changed by this.
 */
export function withdrawConsent(ctx: Ctx): { withdrawnAt: Date } {
  if (!hasRole(ctx.actor, "resident") || isStaff(ctx.actor) || ctx.actor.residentId === null) throw forbidden();
  const residentId = ctx.actor.residentId;
  return ctx.db.transaction(
    () => {
      const r = ctx.db.select({ basis: residents.consentBasis, withdrawnAt: residents.consentWithdrawnAt }).from(residents).where(eq(residents.id, residentId)).get();
      if (!r) throw forbidden();
      if (r.withdrawnAt) throw appError("conflict", t("profile.alreadyWithdrawn"));
      if (r.basis !== "consent") throw appError("conflict", t("profile.nothingToWithdraw"));
      ctx.db
        .update(residents)
        .set({ consentWithdrawnAt: ctx.now, updatedAt: ctx.now })
        .where(and(eq(residents.id, residentId), isNull(residents.consentWithdrawnAt)))
        .run();
      auditAs(ctx, { action: "resident.consent_withdrawn", entityType: "resident", entityId: residentId });
      return { withdrawnAt: ctx.now };
    },
    { behavior: "immediate" },
  );
}
