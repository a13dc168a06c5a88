"use server";
// Staff account administration. Each action is a public endpoint: admin only, the same schemas as
// the API (plus the account id), one lib/users use case behind each.
import { redirect } from "next/navigation";
import { serverAction } from "@/app/_server/action";
import { createStaffUser } from "@/lib/users/create-staff-user";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { createStaffUserSchema, resetPasswordSchema, setUserActiveSchema, updateStaffUserSchema } from "@/lib/users/schemas";
import { setUserActive } from "@/lib/users/set-user-active";
import { updateStaffUser } from "@/lib/users/update-staff-user";
import { z } from "@/lib/zod";

const withId = { id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) };

export const createUserAction = serverAction({ roles: ["admin"], schema: createStaffUserSchema }, async (ctx, input) => {
  const { id } = await createStaffUser(ctx, input);
  redirect(`/admin/users/${id}?created=1`);
});

export const updateUserAction = serverAction({ roles: ["admin"], schema: updateStaffUserSchema.extend(withId) }, (ctx, { id, ...input }) => {
  updateStaffUser(ctx, id, input);
});

export const setUserActiveAction = serverAction({ roles: ["admin"], schema: setUserActiveSchema.extend(withId) }, (ctx, { id, ...input }) => setUserActive(ctx, id, input));

export const resetUserPasswordAction = serverAction({ roles: ["admin"], schema: resetPasswordSchema.extend(withId) }, async (ctx, { id, ...input }) => {
  await resetUserPassword(ctx, id, input);
});
