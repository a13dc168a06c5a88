import Link from "next/link";
import { ButtonLink } from "@/app/_components/button";
import { Card } from "@/app/_components/card";
import type { Ctx } from "@/lib/context";
import { t } from "@/lib/i18n/messages";
import { casesNeedingAttention } from "@/lib/mediation/queries";
import { DeadlineBadge } from "./case-badges";

/** Staff home (mediators, counsellors on cases, admin): cases near or past their deadline, most urgent first. */
export function MediationDeadlineWidget({ ctx }: { ctx: Ctx }) {
  const { items, total } = casesNeedingAttention(ctx);
  return (
    <Card
      title={t("mediation.widget.title")}
      description={t("mediation.widget.lead")}
      actions={
        <ButtonLink href="/mediation?deadline=due" size="sm" icon="scale">
          {t("mediation.widget.all", { count: total })}
        </ButtonLink>
      }
    >
      {items.length === 0 ? (
        <p className="text-stone-600">{t("mediation.widget.none")}</p>
      ) : (
        <ul className="divide-y divide-stone-100">
          {items.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <Link href={`/mediation/${c.id}`} className="font-medium text-teal-800 underline-offset-2 hover:underline">
                {c.caseNo}
                <span className="ms-2 text-sm font-normal text-stone-600">{[...c.applicants, ...c.respondents].slice(0, 3).join("、")}</span>
              </Link>
              <DeadlineBadge deadline={c.deadline} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
