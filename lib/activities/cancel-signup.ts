import { and, eq } from "drizzle-orm";
import { activitySignups } from "@/db/schema";
import type { Ctx } from "../context";
import { appError, forbidden } from "../errors";
import { t } from "../i18n/messages";
import { auditActivity, loadActivity, promoteWaitlisted, syncStatus } from "./internal";
import { canSignUp } from "./policy";

export interface CancelSignupResult {
  status: "cancelled";
  /** How many waitlisted residents got the freed place (0 or 1). */
  promoted: number;
}

/**
 * The resident gives up their place (or their waitlist spot) before the session starts. A freed
 * place goes to the first waitlisted resident, who is told, in the same transaction. Cancelling
 * again is a no-op, so a repeated submit gives the same answer.
 */
export function cancelSignup(ctx: Ctx, activityId: number): CancelSignupResult {
  if (!canSignUp(ctx.actor)) throw forbidden(t("activities.error.residentOnly"));
  const residentId = ctx.actor.residentId!;
  return ctx.db.transaction(
    () => {
      const a = loadActivity(ctx, activityId);
      const s = ctx.db
        .select({ id: activitySignups.id, status: activitySignups.status })
        .from(activitySignups)
        .where(and(eq(activitySignups.activityId, a.id), eq(activitySignups.residentId, residentId)))
        .get();
      if (!s) throw appError("conflict", t("activities.error.notSignedUp"));
      if (s.status === "cancelled") return { status: "cancelled" as const, promoted: 0 };
      if (s.status === "attended" || s.status === "absent" || ctx.now.getTime() >= a.startAt.getTime()) throw appError("conflict", t("activities.error.cancelTooLate"));
      ctx.db.update(activitySignups).set({ status: "cancelled", position: null, cancelledAt: ctx.now }).where(eq(activitySignups.id, s.id)).run();
      auditActivity(ctx, "activity.signup_cancel", "activity_signup", s.id, { activityId: a.id, was: s.status });
      const promoted = s.status === "registered" ? promoteWaitlisted(ctx, a.id) : [];
      syncStatus(ctx, a.id);
      return { status: "cancelled" as const, promoted: promoted.length };
    },
    { behavior: "immediate" },
  );
}
