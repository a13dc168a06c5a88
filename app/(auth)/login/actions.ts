"use server";
import { CredentialsSignin } from "next-auth";
import type { ActionResult } from "@/app/_server/action";
import { signIn } from "@/app/_server/auth";
import { signInSchema } from "@/lib/auth/schemas";
import { t } from "@/lib/i18n/messages";
import { fieldErrorsOf } from "@/lib/zod";
import { safeNextPath } from "./safe-next";

/**
 * The login form. Not a serverAction(): nobody is signed in yet. Auth.js runs the credentials
 * check (lib/auth/sign-in: audit, lockout); its CredentialsSignin becomes one generic message —
 * the same for an unknown user and a wrong password — or the lockout message.
 */
export async function signInAction(input: unknown, next: unknown): Promise<ActionResult<{ next: string }>> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "validation", message: t("error.validation"), fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await signIn("credentials", { username: parsed.data.username, password: parsed.data.password, redirect: false });
  } catch (e) {
    if (e instanceof CredentialsSignin) {
      return e.code === "locked"
        ? { ok: false, code: "too_many_attempts", message: t("auth.locked") }
        : { ok: false, code: "unauthenticated", message: t("auth.invalidCredentials") };
    }
    throw e;
  }
  // The form then loads this page as a new document: "/" answers with a 307 to the user's start
  // page, and the login page stays on screen until it arrives (no blank interim route).
  return { ok: true, data: { next: safeNextPath(next) } };
}
