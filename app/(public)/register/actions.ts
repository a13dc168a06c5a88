"use server";
import { CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import type { ActionResult } from "@/app/_server/action";
import { clientIp, signIn } from "@/app/_server/auth";
import { headers } from "next/headers";
import { AppError } from "@/lib/errors";
import { t } from "@/lib/i18n/messages";
import { registerResident } from "@/lib/residents/register-resident";
import { registerResidentSchema } from "@/lib/residents/schemas";
import { fieldErrorsOf } from "@/lib/zod";

/**
 * 居民注册. Not a serverAction(): nobody is signed in yet. The same schema as the form; the use
 * case records the consent and refuses a number already in use. On success the new resident is
 * signed in through the normal credentials check (audited, throttled) and lands in their portal.
 */
export async function registerAction(input: unknown): Promise<ActionResult> {
  const parsed = registerResidentSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "validation", message: t("error.validation"), fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const h = await headers();
    await registerResident({ db: getDb(), now: new Date(), ip: clientIp(h), userAgent: h.get("user-agent") }, parsed.data);
  } catch (e) {
    if (e instanceof AppError) return { ok: false, code: e.code, message: e.userMessage, fieldErrors: e.fieldErrors };
    console.error("[register] unexpected error", e);
    return { ok: false, code: "internal", message: t("error.internal") };
  }
  try {
    await signIn("credentials", { username: parsed.data.phone, password: parsed.data.password, redirect: false });
  } catch (e) {
    // Registered, but the automatic sign-in failed: the login page is the way in.
    if (e instanceof CredentialsSignin) redirect("/login?next=%2Fme");
    throw e;
  }
  redirect("/me");
}
