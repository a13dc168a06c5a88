import type { Metadata } from "next";
import { ButtonLink } from "@/app/_components/button";
import { Card } from "@/app/_components/card";
import { EmptyState } from "@/app/_components/empty-state";
import { FormMessage } from "@/app/_components/form-message";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/actor";
import { hasRole } from "@/lib/auth/actor";
import { listPendingFollowUps } from "@/lib/care/follow-ups";
import { careOverview, dueVisits, type DueItem } from "@/lib/care/queries";
import type { DueBucket } from "@/lib/care/schedule";
import { label, t } from "@/lib/i18n/messages";
import { formatDate, parseLocalDate } from "@/lib/time";
import { Overview } from "./_components/overview";
import { PersonCard } from "./_components/person-card";

export const metadata: Metadata = { title: t("care.workTitle") };

const BUCKETS: { bucket: DueBucket; empty: "care.emptyOverdue" | "care.emptyThisWeek" | "care.emptyLater" }[] = [
  { bucket: "overdue", empty: "care.emptyOverdue" },
  { bucket: "thisWeek", empty: "care.emptyThisWeek" },
  { bucket: "later", empty: "care.emptyLater" },
];

export default async function CareWorkListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireActor(["carer", "admin"]);
  const sp = await searchParams;
  const isAdmin = hasRole(ctx.actor, "admin");
  // Everyone the actor visits, in work-list order; the buckets split it without re-sorting.
  const { items, today } = dueVisits(ctx, { before: null, limit: 200 });
  const overview = isAdmin ? careOverview(ctx, {}) : null;
  const pending = listPendingFollowUps(ctx);
  const activityCount = typeof sp.activity === "string" ? Number(sp.activity) : NaN;

  return (
    <div>
      <PageHeader
        title={t("care.workTitle")}
        description={isAdmin ? t("care.workLeadAdmin") : t("care.workLead")}
        actions={
          <>
            <ButtonLink href="/care/persons/new" variant="primary" icon="plus">
              {t("care.registerPerson")}
            </ButtonLink>
            <ButtonLink href="/care/activities/new" icon="group">
              {t("care.recordActivity")}
            </ButtonLink>
            <ButtonLink href="/care/persons" icon="book">
              {t("care.persons")}
            </ButtonLink>
            {isAdmin ? (
              <ButtonLink href="/care/settings" icon="clock">
                {t("care.settings")}
              </ButtonLink>
            ) : null}
          </>
        }
      />
      {Number.isInteger(activityCount) && activityCount > 0 ? (
        <FormMessage tone="success" className="mb-4">
          {t("care.activitySaved", { count: activityCount })}
        </FormMessage>
      ) : null}
      {overview ? <Overview o={overview} /> : null}
      {pending.length ? (
        <div id="follow-ups" className="mb-6 scroll-mt-20">
          <Card title={t("care.followUps.pendingTitle", { count: pending.length })} description={t("care.followUps.pendingLead")} className="border-amber-300">
            <ul className="divide-y divide-stone-100" data-testid="pending-follow-ups">
              {pending.map((f) => (
                <li key={f.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                  <div className="min-w-0">
                    <p className="font-medium text-stone-900">
                      {f.resident.name}
                      {f.resident.community ? <span className="ms-2 text-sm font-normal text-stone-600">{f.resident.community}</span> : null}
                    </p>
                    <p className="text-sm text-stone-700">{t("care.followUps.pendingItem", { date: formatDate(parseLocalDate(f.dueOn)!), source: label("followUpSource", f.source), name: f.createdByName })}</p>
                    {f.note ? <p className="mt-1 whitespace-pre-wrap text-sm text-stone-800">{f.note}</p> : null}
                  </div>
                  <ButtonLink href={`/care/persons/new?residentId=${f.resident.id}`} icon="plus" size="sm">
                    {t("care.followUps.register")}
                  </ButtonLink>
                </li>
              ))}
            </ul>
          </Card>
        </div>
      ) : null}
      <div className="space-y-6">
        {BUCKETS.map(({ bucket, empty }) => {
          const list: DueItem[] = items.filter((i) => i.bucket === bucket);
          return (
            <Card key={bucket} title={`${label("careBucket", bucket)}（${t("care.countBadge", { count: list.length })}）`} className={bucket === "overdue" && list.length ? "border-red-200" : undefined}>
              {list.length === 0 ? (
                <EmptyState icon="check" title={t(empty)} />
              ) : (
                <ol className="grid gap-3 md:grid-cols-2" aria-label={label("careBucket", bucket)} data-bucket={bucket}>
                  {list.map((item) => (
                    <li key={item.id}>
                      <PersonCard item={item} today={today} />
                    </li>
                  ))}
                </ol>
              )}
            </Card>
          );
        })}
      </div>
    </div>
  );
}
