import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/app/_components/button";
import { Card } from "@/app/_components/card";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/actor";
import { t } from "@/lib/i18n/messages";
import { getOwnResidentProfile } from "@/lib/residents/queries";
import { formatDateTime } from "@/lib/time";
import { ProfileForm } from "./_components/profile-form";
import { WithdrawConsentForm } from "./_components/withdraw-consent-form";

export const metadata: Metadata = { title: t("profile.title") };

export default async function MyProfilePage() {
  const ctx = await requireActor(["resident"]);
  const p = getOwnResidentProfile(ctx);
  const consent =
    p.consentWithdrawnAt !== null
      ? t("profile.consentWithdrawn", { at: formatDateTime(p.consentWithdrawnAt) })
      : p.consentBasis === "consent" && p.consentAt
        ? t("profile.consentGiven", { at: formatDateTime(p.consentAt), version: p.consentVersion ?? "—" })
        : p.consentBasis === "legal_duty"
          ? t("profile.consentLegalDuty")
          : t("profile.consentNone");
  return (
    <div className="space-y-6">
      <PageHeader title={t("profile.title")} description={t("profile.lead")} back={{ href: "/me", label: t("me.title") }} />
      <Card>
        <ProfileForm defaults={{ name: p.name, phone: p.phone ?? "" }} />
      </Card>
      <Card title={t("profile.consentTitle")}>
        <p className="text-stone-900">{consent}</p>
        {p.consentBasis === "consent" && p.consentWithdrawnAt === null ? (
          <>
            <p className="mt-2 text-base text-stone-700">{t("profile.withdrawNote")}</p>
            <WithdrawConsentForm />
          </>
        ) : null}
        <Link href="/privacy" className="mt-2 inline-flex min-h-11 items-center font-medium text-teal-800 underline">
          {t("profile.readNotice")}
        </Link>
      </Card>
      <Card title={t("profile.dataTitle")}>
        <p className="text-base text-stone-700">{t("profile.dataLead")}</p>
        <div className="mt-3 flex flex-wrap gap-3">
          <ButtonLink href="/me/data" variant="secondary" size="lg">
            {t("profile.dataView")}
          </ButtonLink>
          <ButtonLink href="/api/v1/me/export" variant="ghost" size="lg" prefetch={false}>
            {t("profile.dataDownload")}
          </ButtonLink>
        </div>
      </Card>
    </div>
  );
}
