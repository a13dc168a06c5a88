import type { Metadata } from "next";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/actor";
import { getAvailability } from "@/lib/counselors/queries";
import { t } from "@/lib/i18n/messages";
import { addLocalDays, toLocalDate } from "@/lib/time";
import { AvailabilityEditor } from "../../_components/availability-editor";

export const metadata: Metadata = { title: t("counselors.availability.title") };

// A counsellor's own weekly availability and leave / extra hours.
export default async function MyAvailabilityPage() {
  const ctx = await requireActor(["counselor"]);
  const today = toLocalDate(ctx.now);
  return (
    <div className="max-w-4xl">
      <PageHeader title={t("counselors.availability.title")} description={t("counselors.availability.lead")} back={{ href: `/counselors/${ctx.actor.userId}`, label: t("counselors.myProfile") }} />
      <AvailabilityEditor counselorId={ctx.actor.userId} availability={getAvailability(ctx, ctx.actor.userId, { fromDate: today, toDate: toLocalDate(addLocalDays(ctx.now, 120)) })} today={today} />
    </div>
  );
}
