"use server";
// A resident's own sign-ups. Each action is a public endpoint: residents only, the same schemas as
// the API; the use cases work on the caller's own resident file only.
import { serverAction } from "@/app/_server/action";
import { cancelSignup } from "@/lib/activities/cancel-signup";
import { leaveFeedback } from "@/lib/activities/leave-feedback";
import { feedbackSchema } from "@/lib/activities/schemas";
import { signUp } from "@/lib/activities/sign-up";
import { z } from "@/lib/zod";

const withActivityId = { activityId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) };

export const signUpAction = serverAction({ roles: ["resident"], schema: z.strictObject(withActivityId) }, (ctx, { activityId }) => {
  const r = signUp(ctx, activityId);
  return { status: r.status, waitlistPosition: r.waitlistPosition };
});

export const cancelSignupAction = serverAction({ roles: ["resident"], schema: z.strictObject(withActivityId) }, (ctx, { activityId }) => cancelSignup(ctx, activityId));

export const feedbackAction = serverAction({ roles: ["resident"], schema: feedbackSchema.safeExtend(withActivityId) }, (ctx, { activityId, ...input }) => leaveFeedback(ctx, activityId, input));
