import { and, eq } from "drizzle-orm";
import { activitySignups, type SignupStatus } from "@/db/schema";
import type { Ctx } from "../context";
import { appError, forbidden } from "../errors";
import { t } from "../i18n/messages";
import { auditActivity, loadActivity, nextWaitlistPosition, signupCounts, syncStatus, waitlistRank } from "./internal";
import { canSignUp } from "./policy";

export interface SignUpResult {
  signupId: number;
  status: Extract<SignupStatus, "registered" | "waitlisted">;
  /** 1-based place on the waitlist, when waitlisted. */
  waitlistPosition: number | null;
}

/**
 * A resident signs up once. The capacity check and the write share one BEGIN IMMEDIATE
 * transaction, so concurrent sign-ups for the last place cannot both get it; the unique
 * (activity, resident) index makes a double sign-up impossible even then. Beyond capacity the
 * resident joins the waitlist. After the deadline, or for a closed or cancelled activity: 409.
 */
export function signUp(ctx: Ctx, activityId: number): SignUpResult {
  if (!canSignUp(ctx.actor)) throw forbidden(t("activities.error.residentOnly"));
  const residentId = ctx.actor.residentId!;
  return ctx.db.transaction(
    () => {
      const a = loadActivity(ctx, activityId);
      if (a.status === "cancelled") throw appError("conflict", t("activities.error.signupCancelledActivity"));
      if (a.status === "closed" || ctx.now.getTime() >= a.signupDeadline.getTime() || ctx.now.getTime() >= a.startAt.getTime()) {
        throw appError("conflict", t("activities.error.signupClosed"));
      }
      const existing = ctx.db
        .select({ id: activitySignups.id, status: activitySignups.status })
        .from(activitySignups)
        .where(and(eq(activitySignups.activityId, a.id), eq(activitySignups.residentId, residentId)))
        .get();
      if (existing && existing.status !== "cancelled") throw appError("conflict", t("activities.error.alreadySignedUp"));
      const { registered } = signupCounts(ctx, a.id);
      const status = registered < a.capacity ? "registered" : "waitlisted";
      const position = status === "waitlisted" ? nextWaitlistPosition(ctx, a.id) : null;
      const values = { status, position, createdAt: ctx.now, cancelledAt: null, promotedAt: null } as const;
      const signupId = existing
        ? (ctx.db.update(activitySignups).set(values).where(eq(activitySignups.id, existing.id)).run(), existing.id)
        : ctx.db.insert(activitySignups).values({ activityId: a.id, residentId, ...values }).returning({ id: activitySignups.id }).get().id;
      syncStatus(ctx, a.id);
      auditActivity(ctx, "activity.signup", "activity_signup", signupId, { activityId: a.id, status, again: Boolean(existing) });
      return { signupId, status, waitlistPosition: waitlistRank(ctx, a.id, position) };
    },
    { behavior: "immediate" },
  );
}
