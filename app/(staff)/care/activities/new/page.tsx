import type { Metadata } from "next";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/actor";
import { activityCandidates } from "@/lib/care/queries";
import { t } from "@/lib/i18n/messages";
import { toIsoLocal } from "@/lib/time";
import { ActivityForm } from "../../_components/activity-form";

export const metadata: Metadata = { title: t("care.activityTitle") };

export default async function NewCareActivityPage() {
  const ctx = await requireActor(["carer", "admin"]);
  const candidates = activityCandidates(ctx).map((c) => ({ id: c.id, name: c.name, riskColor: c.riskColor, groups: c.groups.map((g) => ({ group: g.group, leftBehindKind: g.leftBehindKind })) }));
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("care.activityTitle")} description={t("care.activityLead")} back={{ href: "/care", label: t("care.workTitle") }} />
      <ActivityForm candidates={candidates} defaultHeldAt={toIsoLocal(new Date(Math.floor(ctx.now.getTime() / 60_000) * 60_000))} />
    </div>
  );
}
