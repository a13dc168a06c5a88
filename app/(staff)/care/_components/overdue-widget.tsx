// Home widget for carers and admin: the persons whose visit is overdue, most overdue and red first.
import Link from "next/link";
import { ButtonLink } from "@/app/_components/button";
import { Card } from "@/app/_components/card";
import { RiskColorBadge } from "@/app/_components/risk-color-badge";
import type { Ctx } from "@/lib/context";
import { dueVisits } from "@/lib/care/queries";
import { addDaysToLocalDate } from "@/lib/care/schedule";
import { t } from "@/lib/i18n/messages";
import { toLocalDate } from "@/lib/time";

export function CareOverdueWidget({ ctx }: { ctx: Ctx }) {
  const { items } = dueVisits(ctx, { before: addDaysToLocalDate(toLocalDate(ctx.now), -1), limit: 6 });
  return (
    <Card
      title={t("care.widgetTitle")}
      description={t("care.widgetLead")}
      actions={
        <ButtonLink href="/care" size="sm" icon="heart">
          {t("care.widgetAll")}
        </ButtonLink>
      }
    >
      {items.length === 0 ? (
        <p className="text-stone-600">{t("care.widgetNone")}</p>
      ) : (
        <ul className="divide-y divide-stone-100">
          {items.slice(0, 5).map((i) => (
            <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <Link href={`/care/persons/${i.id}`} className="font-medium text-teal-800 underline-offset-2 hover:underline">
                {i.name}
              </Link>
              <span className="flex items-center gap-2">
                <RiskColorBadge color={i.riskColor} />
                <span className="text-sm font-medium text-red-800">{t("care.overdueDays", { days: i.overdueDays })}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
