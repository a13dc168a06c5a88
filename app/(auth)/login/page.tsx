import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Brand } from "@/app/_components/brand-mark";
import { FormMessage } from "@/app/_components/form-message";
import { HotlineLink } from "@/app/_components/hotline-link";
import { currentActor } from "@/app/_server/actor";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_RESIDENTS } from "@/db/seed-data";
import { label, t } from "@/lib/i18n/messages";
import { LoginForm } from "./login-form";
import { safeNextPath } from "./safe-next";

export const metadata: Metadata = { title: t("login.title") };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const next = safeNextPath(one(sp.next));
  // Already signed in (a valid session, not just a cookie): nothing to do here.
  if (await currentActor()) redirect(next);

  const notice = one(sp.changed) === "1" ? t("auth.passwordChanged") : one(sp.signedout) === "1" ? t("auth.signedOut") : null;
  const expired = one(sp.expired) === "1";
  const demo = process.env.DEMO_DATA !== "0";
  const demoAccounts = [...DEMO_ACCOUNTS.map((a) => ({ username: a.username, name: a.name, roles: a.roles })), ...DEMO_RESIDENTS.map((r) => ({ username: r.username, name: r.name, roles: ["resident"] }))];

  return (
    <main className="flex min-h-dvh flex-col items-center justify-center bg-gradient-to-b from-teal-50 to-stone-50 px-4 py-10">
      <div className="w-full max-w-md">
        <div className="mb-6 flex justify-center">
          <Brand />
        </div>
        <div className="rounded-2xl border border-stone-200 bg-white p-6 shadow-sm sm:p-8">
          <h1 className="text-2xl font-semibold text-stone-900">{t("login.title")}</h1>
          <p className="mt-1 mb-5 text-stone-600">{t("login.lead")}</p>
          {notice ? (
            <FormMessage tone="success" className="mb-5">
              {notice}
            </FormMessage>
          ) : null}
          {expired ? (
            <FormMessage tone="info" className="mb-5">
              {t("auth.sessionExpired")}
            </FormMessage>
          ) : null}
          <LoginForm next={next} />
        </div>

        <p className="mt-6 rounded-xl border border-teal-200 bg-white/70 px-4 py-3 text-center text-stone-700">
          {t("login.hotlineLead")} {t("app.hotline")} <HotlineLink />
        </p>

        {demo ? (
          <details open className="mt-4 rounded-xl border border-stone-200 bg-white/70 px-4 py-3 text-sm text-stone-700">
            <summary className="cursor-pointer font-medium text-stone-800">{t("login.demoTitle")}</summary>
            <p className="mt-2">{t("login.demoNote")}</p>
            <p className="mt-1">{t("login.demoPassword", { password: DEMO_PASSWORD })}</p>
            <ul className="mt-2 grid gap-1 sm:grid-cols-2">
              {demoAccounts.map((a) => (
                <li key={a.username}>
                  <code className="rounded bg-stone-100 px-1.5 py-0.5 font-mono text-stone-900">{a.username}</code>{" "}
                  <span>{a.roles.map((r) => label("role", r)).join("、")}</span>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </div>
    </main>
  );
}
