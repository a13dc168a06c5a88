"use server";
import { changeOwnPassword } from "@/lib/auth/change-password";
import { changePasswordSchema } from "@/lib/auth/schemas";
import { signOut } from "@/lib/auth/sign-out";
import { z } from "@/lib/zod";
import { serverAction } from "./action";
import { signOut as endAuthSession } from "./auth";

const signOutNow = serverAction({ schema: z.strictObject({}), allowMustChangePassword: true }, async (ctx) => {
  // Our session row first (so the old cookie is refused from now on), then Auth.js's cookie.
  signOut(ctx);
  await endAuthSession({ redirectTo: "/login?signedout=1" });
});

/** The logout button (a plain form action: works without JavaScript). */
export async function signOutAction(): Promise<void> {
  const result = await signOutNow({});
  if (!result.ok) console.error("[sign-out] failed", result.code);
}

/**
 * The change-password form. changeOwnPassword ends every session of the user (this one too), so
 * on success the cookie is cleared and the user signs in again with the new password.
 */
export const changePasswordAction = serverAction({ schema: changePasswordSchema, allowMustChangePassword: true }, async (ctx, input) => {
  await changeOwnPassword(ctx, input);
  await endAuthSession({ redirectTo: "/login?changed=1" });
});
