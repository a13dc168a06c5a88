import clsx from "clsx";
import type { Metadata } from "next";
import Form from "next/form";
import { Button, ButtonLink, buttonClasses } from "@/app/_components/button";
import { Icon } from "@/app/_components/icon";
import { Card } from "@/app/_components/card";
import { PageHeader } from "@/app/_components/page-header";
import { SelectField } from "@/app/_components/select-field";
import { Tabs } from "@/app/_components/tabs";
import { requireActor } from "@/app/_server/actor";
import { orPageError } from "@/app/_server/page-errors";
import { APPOINTMENT_STATUSES, CALL_CATEGORIES, RISK_LEVELS } from "@/db/schema";
import { label, t } from "@/lib/i18n/messages";
import { getStats } from "@/lib/stats/get-stats";
import { parsePeriod, periodContaining, periodLabel, recentPeriods, type PeriodKind } from "@/lib/stats/period";
import { kpis, type Kpi } from "@/lib/stats/report";
import { ChartCard, showValue } from "./_components/chart-card";

export const metadata: Metadata = { title: t("stats.title") };

type SearchParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const KINDS: { kind: PeriodKind; key: "stats.period.month" | "stats.period.quarter" | "stats.period.year"; count: number }[] = [
  { kind: "month", key: "stats.period.month", count: 24 },
  { kind: "quarter", key: "stats.period.quarter", count: 8 },
  { kind: "year", key: "stats.period.year", count: 5 },
];

// Rates are coloured by whether the change is good news; counts (calls, visits…) are just more or fewer.
const LOWER_IS_BETTER = new Set<Kpi["key"]>(["stats.kpi.noShowRate"]);

function Trend({ k }: { k: Kpi }) {
  if (k.current === null || k.previous === null) return <span className="text-sm text-stone-500">{t("stats.trend.noPrevious")}</span>;
  const d = k.current - k.previous;
  const delta = k.isRate ? t("stats.trend.points", { value: Math.abs(Math.round(d * 1000) / 10).toFixed(1) }) : String(Math.abs(Math.round(d * 10) / 10));
  if (Math.abs(d) < 1e-9) return <span className="text-sm text-stone-600">{t("stats.trend.same")}</span>;
  return (
    <span className={clsx("text-sm", !k.isRate ? "text-stone-700" : (LOWER_IS_BETTER.has(k.key) ? d < 0 : d > 0) ? "text-teal-800" : "text-amber-800")}>
      <span aria-hidden="true">{d > 0 ? "▲ " : "▼ "}</span>
      {t(d > 0 ? "stats.trend.up" : "stats.trend.down", { delta })}
    </span>
  );
}

export default async function StatsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireActor(["admin"]);
  const sp = await searchParams;
  const requested = parsePeriod(first(sp.period) ?? "");
  const kindParam = first(sp.kind);
  const kind: PeriodKind = requested?.kind ?? (kindParam === "quarter" || kindParam === "year" ? kindParam : "month");
  const period = requested ?? periodContaining(kind, ctx.now);
  const r = orPageError(() => getStats(ctx, period));
  const cur = r.period.label;
  const prev = r.previous.period.label;
  const options = recentPeriods(kind, ctx.now, KINDS.find((k) => k.kind === kind)!.count);
  if (!options.some((o) => o.code === period.code)) options.unshift(period);
  const exportQuery = period.kind === "month" ? `month=${period.code}` : `period=${period.code}`;

  const a = r.appointments;
  const pa = r.previous.appointments;
  const h = r.hotline;
  const ph = r.previous.hotline;
  const m = r.mediation;
  const pm = r.previous.mediation;
  const prevType = new Map(pm.byDisputeType.map((x) => [x.disputeType, x]));
  const prevRoom = new Map(r.previous.rooms.rooms.map((x) => [x.roomId, x]));
  const prevAct = new Map(r.previous.activities.byType.map((x) => [x.type, x]));

  return (
    <div>
      <PageHeader
        title={t("stats.title")}
        description={t("stats.lead")}
        actions={
          <div role="group" aria-label={t("stats.export.label")} className="flex flex-wrap gap-2">
            {/* Plain links with `download`: a file, not a page for the client router. */}
            <a href={`/api/v1/exports/monthly.xlsx?${exportQuery}`} download className={buttonClasses("secondary")}>
              <Icon name="book" className="size-5" />
              <span>{t("stats.export.xlsx")}</span>
            </a>
            <a href={`/api/v1/exports/monthly.csv?${exportQuery}`} download className={buttonClasses("secondary")}>
              <Icon name="clipboard" className="size-5" />
              <span>{t("stats.export.csv")}</span>
            </a>
            <ButtonLink href={`/stats/print?period=${period.code}`} prefetch={false} icon="info">
              {t("stats.export.print")}
            </ButtonLink>
          </div>
        }
      />
      <Tabs label={t("stats.period.kind")} current={`/stats?kind=${kind}`} items={KINDS.map((k) => ({ href: `/stats?kind=${k.kind}`, label: t(k.key) }))} />
      <Form action="/stats" aria-label={t("stats.period.label")} className="mb-6 flex flex-wrap items-end gap-3">
        <SelectField
          name="period"
          label={t("stats.period.choose")}
          options={options.map((o) => ({ value: o.code, label: periodLabel(o) }))}
          defaultValue={period.code}
          key={period.code}
          wrapperClassName="min-w-48"
        />
        <Button type="submit" variant="primary">
          {t("stats.period.apply")}
        </Button>
        <p className="pb-2 text-sm text-stone-600">
          {t("stats.period.range", { from: r.period.from, to: r.period.to })} · {t("stats.period.previous", { label: prev })}
        </p>
      </Form>

      <section aria-labelledby="stats-summary" className="mb-8">
        <h2 id="stats-summary" className="mb-3 text-xl font-semibold">
          {t("stats.summary.title")}（{cur}）
        </h2>
        <ul className="grid grid-cols-2 gap-3 md:grid-cols-4 xl:grid-cols-7">
          {kpis(r).map((k) => (
            <li key={k.key} className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
              <p className="text-sm text-stone-600">{t(k.key)}</p>
              <p className="mt-1 text-2xl font-semibold text-stone-900 tabular-nums" data-kpi={k.key}>
                {showValue(k.current, k.isRate)}
              </p>
              <p className="text-xs text-stone-500">
                {t("stats.col.previous")} {showValue(k.previous, k.isRate)}
              </p>
              <Trend k={k} />
            </li>
          ))}
        </ul>
      </section>

      <div className="space-y-8">
        <section aria-labelledby="stats-appointments" className="space-y-4">
          <h2 id="stats-appointments" className="text-xl font-semibold">
            {t("stats.appointments.title")}
          </h2>
          <ChartCard
            title={t("stats.appointments.byStatus")}
            note={t("stats.appointments.note")}
            currentLabel={cur}
            previousLabel={prev}
            rows={APPOINTMENT_STATUSES.map((s) => ({ label: label("appointmentStatus", s), value: a.byStatus[s], previous: pa.byStatus[s] }))}
          />
          <ChartCard
            title={t("stats.appointments.byService")}
            currentLabel={t("stats.appointments.total")}
            rows={a.byService.map((s) => ({ label: s.name, value: s.total }))}
            extra={[
              { header: t("stats.appointments.completed"), cell: (i) => a.byService[i].completed },
              { header: t("stats.appointments.noShow"), cell: (i) => a.byService[i].noShow },
              { header: t("stats.appointments.cancelled"), cell: (i) => a.byService[i].cancelled },
            ]}
          />
          <ChartCard
            title={t("stats.appointments.byCounselor")}
            currentLabel={t("stats.appointments.total")}
            rows={a.byCounselor.map((s) => ({ label: s.name, value: s.total }))}
            extra={[
              { header: t("stats.appointments.completed"), cell: (i) => a.byCounselor[i].completed },
              { header: t("stats.appointments.noShow"), cell: (i) => a.byCounselor[i].noShow },
            ]}
          />
        </section>

        <section aria-labelledby="stats-hotline" className="space-y-4">
          <h2 id="stats-hotline" className="text-xl font-semibold">
            {t("stats.hotline.title")}
          </h2>
          <ChartCard
            title={t("stats.hotline.byCategory")}
            note={t("stats.hotline.note")}
            currentLabel={cur}
            previousLabel={prev}
            rows={CALL_CATEGORIES.map((k) => ({ label: label("callCategory", k), value: h.byCategory[k], previous: ph.byCategory[k] }))}
          />
          <ChartCard
            title={t("stats.hotline.byRisk")}
            currentLabel={cur}
            previousLabel={prev}
            rows={[
              ...RISK_LEVELS.map((k) => ({ label: label("riskLevel", k), value: h.byRisk[k], previous: ph.byRisk[k] })),
              { label: t("stats.hotline.unassessed"), value: h.byRisk.unassessed, previous: ph.byRisk.unassessed },
            ]}
          />
          <ChartCard
            title={t("stats.hotline.followUps")}
            currentLabel={cur}
            previousLabel={prev}
            rows={[
              { label: t("stats.hotline.followUpRequired"), value: h.followUps.required, previous: ph.followUps.required },
              { label: t("stats.hotline.followUpDone"), value: h.followUps.done, previous: ph.followUps.done },
              { label: t("stats.hotline.followUpInTime"), value: h.followUps.doneInTime, previous: ph.followUps.doneInTime },
            ]}
          />
        </section>

        <section aria-labelledby="stats-mediation" className="space-y-4">
          <h2 id="stats-mediation" className="text-xl font-semibold">
            {t("stats.mediation.title")}
          </h2>
          <Card>
            <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-6">
              {(
                [
                  ["stats.mediation.opened", m.opened, pm.opened, false],
                  ["stats.mediation.accepted", m.accepted, pm.accepted, false],
                  ["stats.mediation.concluded", m.concluded, pm.concluded, false],
                  ["stats.mediation.closed", m.closed, pm.closed, false],
                  ["stats.mediation.rate", m.closureRate, pm.closureRate, true],
                  ["stats.mediation.median", m.medianDaysToClose, pm.medianDaysToClose, false],
                ] as const
              ).map(([key, v, p, pct]) => (
                <div key={key}>
                  <dt className="text-sm text-stone-600">{t(key)}</dt>
                  <dd className="text-xl font-semibold tabular-nums">{showValue(v, pct)}</dd>
                  <dd className="text-xs text-stone-500">
                    {t("stats.col.previous")} {showValue(p, pct)}
                  </dd>
                </div>
              ))}
            </dl>
            <p className="mt-3 text-sm text-stone-600">{t("stats.mediation.note")}</p>
          </Card>
          <ChartCard
            title={t("stats.mediation.byType")}
            currentLabel={`${t("stats.mediation.opened")}（${cur}）`}
            previousLabel={`${t("stats.mediation.opened")}（${prev}）`}
            rows={m.byDisputeType.map((d) => ({ label: label("mediationDisputeType", d.disputeType), value: d.opened, previous: prevType.get(d.disputeType)?.opened ?? 0 }))}
            extra={[
              { header: t("stats.mediation.accepted"), cell: (i) => m.byDisputeType[i].accepted },
              { header: t("stats.mediation.closed"), cell: (i) => m.byDisputeType[i].closed },
              { header: t("stats.mediation.rate"), cell: (i) => showValue(m.byDisputeType[i].closureRate, true) },
            ]}
          />
        </section>

        <section aria-labelledby="stats-care" className="space-y-4">
          <h2 id="stats-care" className="text-xl font-semibold">
            {t("stats.care.title")}
          </h2>
          <ChartCard
            title={t("stats.care.byGroup")}
            note={t("stats.care.note")}
            currentLabel={t("stats.care.due")}
            previousLabel={t("stats.care.done")}
            rows={r.care.byGroup.map((g) => ({ label: label("careGroup", g.group), value: g.due, previous: g.done }))}
            extra={[
              { header: t("stats.care.visits"), cell: (i) => r.care.byGroup[i].visits },
              { header: t("stats.care.rate"), cell: (i) => showValue(r.care.byGroup[i].doneRate, true) },
            ]}
          />
          <ChartCard
            title={t("stats.care.byColor")}
            currentLabel={t("stats.care.due")}
            previousLabel={t("stats.care.done")}
            rows={r.care.byColor.map((g) => ({ label: label("riskColor", g.color), value: g.due, previous: g.done }))}
            extra={[
              { header: t("stats.care.visits"), cell: (i) => r.care.byColor[i].visits },
              { header: t("stats.care.rate"), cell: (i) => showValue(r.care.byColor[i].doneRate, true) },
            ]}
          />
        </section>

        <section aria-labelledby="stats-rooms" className="space-y-4">
          <h2 id="stats-rooms" className="text-xl font-semibold">
            {t("stats.rooms.title")}
          </h2>
          <ChartCard
            title={t("stats.rooms.utilisation")}
            note={t("stats.rooms.note")}
            percent
            currentLabel={cur}
            previousLabel={prev}
            rows={r.rooms.rooms.map((x) => ({ label: x.name, value: x.utilisation, previous: prevRoom.get(x.roomId)?.utilisation ?? null }))}
            extra={[
              { header: t("stats.rooms.reservations"), cell: (i) => r.rooms.rooms[i].reservations },
              { header: t("stats.rooms.bookedHours"), cell: (i) => r.rooms.rooms[i].bookedHours },
              { header: t("stats.rooms.openHours"), cell: (i) => r.rooms.rooms[i].openHours },
            ]}
          />
        </section>

        <section aria-labelledby="stats-activities" className="space-y-4">
          <h2 id="stats-activities" className="text-xl font-semibold">
            {t("stats.activities.title")}
          </h2>
          <ChartCard
            title={t("stats.activities.byType")}
            note={t("stats.activities.note")}
            currentLabel={`${t("stats.activities.attended")}（${cur}）`}
            previousLabel={`${t("stats.activities.attended")}（${prev}）`}
            rows={r.activities.byType.map((x) => ({ label: label("activityType", x.type), value: x.attended, previous: prevAct.get(x.type)?.attended ?? 0 }))}
            extra={[
              { header: t("stats.activities.sessions"), cell: (i) => r.activities.byType[i].sessions },
              { header: t("stats.activities.averageRating"), cell: (i) => showValue(r.activities.byType[i].averageRating, false) },
            ]}
          />
        </section>
      </div>
    </div>
  );
}
