import { eq } from "drizzle-orm";
import { assessmentAlerts } from "@/db/schema";
import { auditAs } from "../audit/audit";
import type { Ctx } from "../context";
import { appError, forbidden, notFound } from "../errors";
import { t } from "../i18n/messages";
import { canTriage } from "./policy";
import type { HandleAlertInput } from "./schemas";

/** A counsellor (or the admin) records that an alert was followed up. Twice: 409. */
export function handleAlert(ctx: Ctx, id: number, input: HandleAlertInput): { id: number; status: "handled" } {
  if (!canTriage(ctx.actor)) throw forbidden();
  return ctx.db.transaction(
    () => {
      const alert = ctx.db.select({ id: assessmentAlerts.id, status: assessmentAlerts.status }).from(assessmentAlerts).where(eq(assessmentAlerts.id, id)).get();
      if (!alert) throw notFound();
      if (alert.status === "handled") throw appError("conflict", t("assessAlerts.alreadyHandled"));
      ctx.db
        .update(assessmentAlerts)
        .set({ status: "handled", handledBy: ctx.actor.userId, handledAt: ctx.now, handledNote: input.note || null })
        .where(eq(assessmentAlerts.id, id))
        .run();
      auditAs(ctx, {
        action: "assessment_alert.handle",
        entityType: "assessment_alert",
        entityId: id,
        details: { hasNote: Boolean(input.note) },
      });
      return { id, status: "handled" as const };
    },
    { behavior: "immediate" },
  );
}
