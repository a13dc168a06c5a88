import type { Metadata } from "next";
import { Suspense } from "react";
import { ButtonLink } from "@/app/_components/button";
import { Card } from "@/app/_components/card";
import { HotlineLink } from "@/app/_components/hotline-link";
import { SignOutButton } from "@/app/_components/sign-out-button";
import { SkeletonCard } from "@/app/_components/skeleton";
import { requireActor } from "@/app/_server/actor";
import { getOwnProfile } from "@/lib/auth/own-profile";
import { t } from "@/lib/i18n/messages";
import { ME_CARDS } from "./_cards/cards";

export const metadata: Metadata = { title: t("me.title") };

export default async function ResidentHomePage() {
  const ctx = await requireActor(["resident"]);
  const profile = getOwnProfile(ctx);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold text-stone-900">{t("me.hello", { name: profile.name })}</h1>

      <section aria-labelledby="me-hotline" className="space-y-3">
        <h2 id="me-hotline" className="sr-only">
          {t("app.hotline")}
        </h2>
        <HotlineLink variant="big" label={t("me.callHotline")} />
        <p className="text-base text-stone-700">{t("me.hotlineNote")}</p>
      </section>

      {ME_CARDS.map(({ key, Component }) => (
        <Suspense key={key} fallback={<SkeletonCard />}>
          <Component ctx={ctx} />
        </Suspense>
      ))}

      <Card title={t("me.profileTitle")}>
        <dl className="divide-y divide-stone-100">
          <div className="flex justify-between gap-4 py-2">
            <dt className="text-stone-600">{t("me.name")}</dt>
            <dd className="font-medium text-stone-900">{profile.name}</dd>
          </div>
          <div className="flex justify-between gap-4 py-2">
            <dt className="text-stone-600">{t("me.phone")}</dt>
            <dd className="font-medium text-stone-900 tabular-nums">{profile.maskedPhone ?? t("me.noPhone")}</dd>
          </div>
          <div className="flex justify-between gap-4 py-2">
            <dt className="text-stone-600">{t("me.username")}</dt>
            <dd className="font-medium break-all text-stone-900">{profile.username}</dd>
          </div>
        </dl>
      </Card>

      <Card title={t("me.accountTitle")}>
        <div className="space-y-3">
          <ButtonLink href="/me/password" size="touch" icon="key">
            {t("password.title")}
          </ButtonLink>
          <SignOutButton variant="secondary" size="touch" />
        </div>
      </Card>
    </div>
  );
}
