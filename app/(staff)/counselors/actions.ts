"use server";
// Counsellor profiles and availability. Each action is a public endpoint: the same schemas as the
// API (plus the counsellor's id); the use cases let a counsellor change only their own, admin any.
import { serverAction } from "@/app/_server/action";
import type { Role } from "@/db/schema";
import { addAvailabilityException } from "@/lib/counselors/add-availability-exception";
import { removeAvailabilityException } from "@/lib/counselors/remove-availability-exception";
import { availabilityExceptionSchema, setWeeklyAvailabilitySchema, updateCounselorProfileSchema } from "@/lib/counselors/schemas";
import { setWeeklyAvailability } from "@/lib/counselors/set-weekly-availability";
import { updateCounselorProfile } from "@/lib/counselors/update-counselor-profile";
import { z } from "@/lib/zod";

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const roles: Role[] = ["counselor", "admin"];

export const updateProfileAction = serverAction({ roles, schema: updateCounselorProfileSchema.extend({ counselorId: id }) }, (ctx, { counselorId, ...input }) => updateCounselorProfile(ctx, counselorId, input));

export const setWeeklyAvailabilityAction = serverAction({ roles, schema: setWeeklyAvailabilitySchema.extend({ counselorId: id }) }, (ctx, { counselorId, ...input }) =>
  setWeeklyAvailability(ctx, counselorId, input),
);

export const addExceptionAction = serverAction({ roles, schema: availabilityExceptionSchema.safeExtend({ counselorId: id }) }, (ctx, { counselorId, ...input }) =>
  addAvailabilityException(ctx, counselorId, input),
);

export const removeExceptionAction = serverAction({ roles, schema: z.strictObject({ counselorId: id, exceptionId: id }) }, (ctx, { counselorId, exceptionId }) =>
  removeAvailabilityException(ctx, counselorId, exceptionId),
);
