import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/app/_components/page-header";
import { t } from "@/lib/i18n/messages";
import { PRIVACY_NOTICE_VERSION } from "@/lib/residents/schemas";

export const metadata: Metadata = { title: t("privacy.title") };

const SECTIONS = [
  ["privacy.s1.title", "privacy.s1.body"],
  ["privacy.s2.title", "privacy.s2.body"],
  ["privacy.s3.title", "privacy.s3.body"],
  ["privacy.s4.title", "privacy.s4.body"],
  ["privacy.s5.title", "privacy.s5.body"],
  ["privacy.s6.title", "privacy.s6.body"],
] as const;

// The privacy notice residents consent to at registration; its version is recorded with the consent.
export default function PrivacyPage() {
  return (
    <article className="space-y-5">
      <PageHeader title={t("privacy.title")} description={t("privacy.version", { version: PRIVACY_NOTICE_VERSION })} />
      <p className="text-stone-800">{t("privacy.lead")}</p>
      {SECTIONS.map(([title, body]) => (
        <section key={title} aria-labelledby={title} className="space-y-1">
          <h2 id={title} className="text-xl font-semibold text-stone-900">
            {t(title)}
          </h2>
          <p className="text-stone-800">{t(body)}</p>
        </section>
      ))}
      <p className="text-stone-800">{t("privacy.contact", { hotline: t("app.hotlineNumber") })}</p>
      <Link href="/register" className="inline-flex min-h-11 items-center font-medium text-teal-800 underline">
        {t("privacy.back")}
      </Link>
    </article>
  );
}
