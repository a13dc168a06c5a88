import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/actor";
import { readCall } from "@/lib/hotline/read-call";
import { t } from "@/lib/i18n/messages";
import { formatDateTime, toIsoLocal } from "@/lib/time";
import { CallForm } from "../../../_components/call-form";
import { orPageError, pageId } from "@/app/_server/page-errors";

export const metadata: Metadata = { title: t("hotline.call.edit") };

// Only the call's operator or an admin edits; reading the call for the form is audited like any read.
export default async function EditCallPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireActor(["hotline", "admin"]);
  const id = pageId((await params).id);
  const call = orPageError(() => readCall(ctx, id));
  if (call.status !== "saved") notFound();
  if (!call.canEdit) forbidden();
  const initial = {
    startedAt: toIsoLocal(call.startedAt),
    endedAt: call.endedAt ? toIsoLocal(call.endedAt) : null,
    callerKind: call.callerKind ?? undefined,
    categories: call.categories,
    summary: call.summary,
    riskLevel: call.riskLevel ?? undefined,
    actions: call.actions,
    followUpAt: call.followUpAt ? toIsoLocal(call.followUpAt) : null,
    residentId: call.resident?.id ?? null,
    callerPhone: call.callerPhone ?? "",
    referralNote: call.referrals.note ?? "",
    referralDisputeType: call.referrals.disputeType ?? ("" as const),
    referralRespondent: call.referrals.respondent ?? "",
  };
  return (
    <div className="max-w-4xl">
      <PageHeader title={t("hotline.call.edit")} description={formatDateTime(call.startedAt)} back={{ href: `/hotline/calls/${id}`, label: t("hotline.call.detail") }} />
      <CallForm mode="edit" callId={id} clientKey="" initial={initial} resident={call.resident} />
    </div>
  );
}
