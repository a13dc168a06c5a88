import { and, eq } from "drizzle-orm";
import { activitySignups } from "@/db/schema";
import type { Ctx } from "../context";
import { appError, forbidden } from "../errors";
import { t } from "../i18n/messages";
import { auditActivity, loadActivity } from "./internal";
import { canSignUp } from "./policy";
import type { FeedbackInput } from "./schemas";

/** A resident who attended rates the session 1–5 with an optional comment, once, after it ends. */
export function leaveFeedback(ctx: Ctx, activityId: number, input: FeedbackInput): { rating: number } {
  if (!canSignUp(ctx.actor)) throw forbidden(t("activities.error.residentOnly"));
  const residentId = ctx.actor.residentId!;
  return ctx.db.transaction(
    () => {
      const a = loadActivity(ctx, activityId);
      const s = ctx.db
        .select({ id: activitySignups.id, status: activitySignups.status, rating: activitySignups.rating })
        .from(activitySignups)
        .where(and(eq(activitySignups.activityId, a.id), eq(activitySignups.residentId, residentId)))
        .get();
      if (!s || s.status !== "attended") throw appError("conflict", t("activities.error.feedbackNotAttended"));
      if (ctx.now.getTime() < a.endAt.getTime()) throw appError("conflict", t("activities.error.feedbackTooEarly"));
      if (s.rating !== null) throw appError("conflict", t("activities.error.feedbackTwice"));
      ctx.db
        .update(activitySignups)
        .set({ rating: input.rating, comment: input.comment || null, ratedAt: ctx.now })
        .where(eq(activitySignups.id, s.id))
        .run();
      auditActivity(ctx, "activity.feedback", "activity_signup", s.id, { activityId: a.id, rating: input.rating, hasComment: Boolean(input.comment) });
      return { rating: input.rating };
    },
    { behavior: "immediate" },
  );
}
