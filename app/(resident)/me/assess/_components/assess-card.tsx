import { ButtonLink } from "@/app/_components/button";
import { Card } from "@/app/_components/card";
import { myAssessments } from "@/lib/assessments/queries";
import type { Ctx } from "@/lib/context";
import { t } from "@/lib/i18n/messages";
import { formatShortDate } from "@/lib/time";

/** The /me portal card: the last self-assessment, and the way to take one. */
export function AssessCard({ ctx }: { ctx: Ctx }) {
  const [last] = myAssessments(ctx, 1);
  return (
    <Card title={t("assess.cardTitle")} description={t("assess.cardLead")}>
      {last ? <p className="mb-4 text-stone-700">{t("assess.historyItem", { date: formatShortDate(last.createdAt), scale: last.scale, score: last.score, band: last.band })}</p> : null}
      <ButtonLink href="/me/assess" size="touch" variant="primary" icon="clipboard">
        {t("assess.cardStart")}
      </ButtonLink>
    </Card>
  );
}
