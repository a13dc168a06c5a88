import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/app/_components/page-header";
import { SkeletonCard } from "@/app/_components/skeleton";
import { requireActor } from "@/app/_server/actor";
import { hasRole, STAFF_ROLES } from "@/lib/auth/actor";
import { t } from "@/lib/i18n/messages";
import { formatDate, greeting } from "@/lib/time";
import { HOME_WIDGETS } from "./_widgets/widgets";

export const metadata: Metadata = { title: t("home.title") };

export default async function StaffHomePage() {
  const ctx = await requireActor([...STAFF_ROLES]);
  const widgets = HOME_WIDGETS.filter((w) => hasRole(ctx.actor, ...w.roles));
  return (
    <div className="max-w-4xl">
      <PageHeader title={t("home.greeting", { greeting: greeting(ctx.now), name: ctx.actor.name })} description={t("home.today", { date: formatDate(ctx.now) })} />
      <div className="space-y-6">
        {widgets.map(({ key, Component }) => (
          <Suspense key={key} fallback={<SkeletonCard />}>
            <Component ctx={ctx} />
          </Suspense>
        ))}
      </div>
    </div>
  );
}
