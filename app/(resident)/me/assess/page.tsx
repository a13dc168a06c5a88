import type { Metadata } from "next";
import { AssessmentFlow } from "@/app/(public)/assess/_components/assessment-flow";
import { Card } from "@/app/_components/card";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/actor";
import { myAssessments } from "@/lib/assessments/queries";
import { t } from "@/lib/i18n/messages";
import { formatShortDate } from "@/lib/time";
import { submitMyAssessmentAction } from "./actions";

export const metadata: Metadata = { title: t("assess.title") };

export default async function MyAssessPage() {
  const ctx = await requireActor(["resident"]);
  const history = myAssessments(ctx, 5);
  return (
    <div className="space-y-6">
      <PageHeader title={t("assess.title")} description={`${t("assess.lead")}${t("assess.privacyNote")}`} back={{ href: "/me", label: t("me.title") }} />
      <AssessmentFlow submit={submitMyAssessmentAction} bookHref="/me/appointments" kiosk={false} />
      <Card title={t("assess.history")}>
        {history.length ? (
          <ul className="divide-y divide-stone-100">
            {history.map((h) => (
              <li key={h.id} className="py-2 text-stone-900">
                {t("assess.historyItem", { date: formatShortDate(h.createdAt), scale: h.scale, score: h.score, band: h.band })}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-stone-700">{t("assess.historyNone")}</p>
        )}
      </Card>
    </div>
  );
}
