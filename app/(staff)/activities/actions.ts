"use server";
// Group activities for teachers and the admin. Each action is a public endpoint: teacher or admin,
// the same schemas as the API (the forms' date-and-clock variants turn into the same input), one
// lib/activities use case behind each, which checks that the caller runs this activity.
import { redirect } from "next/navigation";
import { serverAction } from "@/app/_server/action";
import { cancelActivity } from "@/lib/activities/cancel-activity";
import { createActivity } from "@/lib/activities/create-activity";
import { recordAttendance } from "@/lib/activities/record-attendance";
import { attendanceSchema, cancelActivitySchema, createActivityFormSchema, updateActivityFormSchema } from "@/lib/activities/schemas";
import { updateActivity } from "@/lib/activities/update-activity";
import { appError } from "@/lib/errors";
import { fieldErrorsOf, z } from "@/lib/zod";

const withActivityId = { activityId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) };
const ROLES = ["teacher", "admin"] as const;

export const createActivityAction = serverAction({ roles: [...ROLES], schema: createActivityFormSchema }, (ctx, input) => {
  const result = createActivity(ctx, input);
  redirect(`/activities/${result.activities[0].id}?created=${result.activities.length}`);
});

// The form's values are checked with the form's own schema so that field errors keep the field names.
export const updateActivityAction = serverAction({ roles: [...ROLES], schema: z.strictObject({ ...withActivityId, values: z.unknown() }) }, (ctx, { activityId, values }) => {
  const parsed = updateActivityFormSchema.safeParse(values);
  if (!parsed.success) throw appError("validation", undefined, fieldErrorsOf(parsed.error));
  updateActivity(ctx, activityId, parsed.data);
  redirect(`/activities/${activityId}?updated=1`);
});

export const cancelActivityAction = serverAction({ roles: [...ROLES], schema: cancelActivitySchema.safeExtend(withActivityId) }, (ctx, { activityId, ...input }) =>
  cancelActivity(ctx, activityId, input),
);

export const markAttendanceAction = serverAction({ roles: [...ROLES], schema: attendanceSchema.safeExtend(withActivityId) }, (ctx, { activityId, ...input }) =>
  recordAttendance(ctx, activityId, input),
);
