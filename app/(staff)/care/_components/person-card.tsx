// One person on the work list, for a phone on a round of visits: who, how urgent, where, a number to
// tap, and the way to record the visit.
import Link from "next/link";
import { Badge } from "@/app/_components/badge";
import { ButtonLink } from "@/app/_components/button";
import { Icon } from "@/app/_components/icon";
import { RiskColorBadge } from "@/app/_components/risk-color-badge";
import type { DueItem } from "@/lib/care/queries";
import { t } from "@/lib/i18n/messages";
import { formatShortDate } from "@/lib/time";
import { DueBadge, GroupTags } from "./care-tags";

export function PersonCard({ item, today }: { item: DueItem; today: string }) {
  return (
    <article aria-labelledby={`p-${item.id}`} className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm" data-person-id={item.id}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={`p-${item.id}`} className="text-lg font-semibold">
          <Link href={`/care/persons/${item.id}`} className="text-teal-900 underline-offset-2 hover:underline">
            {item.name}
          </Link>
        </h3>
        <div className="flex flex-wrap gap-1.5">
          <RiskColorBadge color={item.riskColor} />
          <DueBadge nextVisitDue={item.nextVisitDue} overdueDays={item.overdueDays} today={today} />
          {item.followUpRequested ? <Badge tone="warning">{t("care.followUps.badge")}</Badge> : null}
        </div>
      </div>
      <div className="mt-2">
        <GroupTags groups={item.groups} />
      </div>
      <p className="mt-3 flex items-start gap-2 text-stone-800">
        <Icon name="home" className="mt-0.5 size-5 shrink-0 text-stone-500" />
        <span>{item.address ?? t("care.noAddress")}</span>
      </p>
      <p className="mt-1 text-sm text-stone-600">{item.lastVisitAt ? t("care.lastVisit", { date: formatShortDate(item.lastVisitAt) }) : t("care.neverVisited")}</p>
      <div className="mt-3 grid gap-2 min-[480px]:grid-cols-2">
        {item.phone ? (
          <a href={`tel:${item.phone}`} className="inline-flex min-h-12 items-center justify-center gap-2 rounded-lg border border-stone-300 bg-white px-3 font-medium text-stone-800 hover:bg-stone-100">
            <Icon name="phone" className="size-5" />
            <span className="sr-only">{t("care.call", { phone: "" })}</span>
            <span className="tabular-nums">{item.phone}</span>
          </a>
        ) : (
          <span className="inline-flex min-h-12 items-center justify-center rounded-lg border border-dashed border-stone-300 px-3 text-sm text-stone-600">{t("care.noPhone")}</span>
        )}
        <ButtonLink href={`/care/persons/${item.id}#record-visit`} variant="primary" size="lg" icon="clipboard">
          {t("care.recordVisit")}
        </ButtonLink>
      </div>
    </article>
  );
}
