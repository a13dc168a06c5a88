import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/actor";
import { canEditCounselor } from "@/lib/counselors/policy";
import { getAvailability, getCounselor } from "@/lib/counselors/queries";
import { AppError } from "@/lib/errors";
import { t } from "@/lib/i18n/messages";
import { addLocalDays, toLocalDate } from "@/lib/time";
import { AvailabilityEditor } from "../../_components/availability-editor";

export const metadata: Metadata = { title: t("counselors.availability.title") };

// An admin edits any counsellor's weekly availability and leave (a counsellor: only their own).
export default async function CounselorAvailabilityPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireActor(["admin", "counselor"]);
  const { id: raw } = await params;
  if (!/^\d{1,9}$/.test(raw)) notFound();
  const id = Number(raw);
  let name: string;
  try {
    name = getCounselor(ctx, id).name;
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  }
  if (!canEditCounselor(ctx.actor, id)) forbidden();
  const today = toLocalDate(ctx.now);
  return (
    <div className="max-w-4xl">
      <PageHeader title={t("counselors.availability.titleOf", { name })} description={t("counselors.availability.lead")} back={{ href: `/counselors/${id}`, label: t("counselors.backToProfile") }} />
      <AvailabilityEditor counselorId={id} availability={getAvailability(ctx, id, { fromDate: today, toDate: toLocalDate(addLocalDays(ctx.now, 120)) })} today={today} />
    </div>
  );
}
