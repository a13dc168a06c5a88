import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/actor";
import { getDraft } from "@/lib/hotline/queries";
import { t } from "@/lib/i18n/messages";
import { toIsoLocal } from "@/lib/time";
import { CallForm } from "../../_components/call-form";
import { param, type SearchParams } from "../../_components/page-utils";

export const metadata: Metadata = { title: t("hotline.newCall") };

// The clock starts when this page is served; ?draft= continues one of the operator's own drafts.
export default async function NewCallPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireActor(["hotline"]);
  const key = param(await searchParams, "draft");
  const draft = key && /^[A-Za-z0-9_-]{8,64}$/.test(key) ? getDraft(ctx, key) : null;
  const initial = draft
    ? {
        startedAt: toIsoLocal(draft.startedAt),
        endedAt: draft.endedAt ? toIsoLocal(draft.endedAt) : null,
        callerKind: draft.callerKind ?? undefined,
        categories: draft.categories,
        summary: draft.summary,
        riskLevel: draft.riskLevel ?? undefined,
        actions: draft.actions,
        followUpAt: draft.followUpAt ? toIsoLocal(draft.followUpAt) : null,
        residentId: draft.resident?.id ?? null,
        callerPhone: draft.callerPhone ?? "",
        referralNote: draft.referralNote ?? "",
        referralDisputeType: draft.referralDisputeType ?? ("" as const),
        referralRespondent: draft.referralRespondent ?? "",
      }
    : { startedAt: toIsoLocal(ctx.now), endedAt: null, categories: [], summary: "", actions: [], followUpAt: null, residentId: null, callerPhone: "", referralNote: "", referralDisputeType: "" as const, referralRespondent: "" };
  return (
    <div className="max-w-4xl">
      <PageHeader title={t("hotline.newCall")} back={{ href: "/hotline", label: t("hotline.title") }} />
      <CallForm mode="new" clientKey={draft?.clientKey ?? randomUUID()} initial={initial} resident={draft?.resident ?? null} continuing={Boolean(draft)} />
    </div>
  );
}
