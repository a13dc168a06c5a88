import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { Button, ButtonLink } from "@/app/_components/button";
import { Card } from "@/app/_components/card";
import { DataTable, type Column } from "@/app/_components/data-table";
import { EmptyState } from "@/app/_components/empty-state";
import { FilterBar } from "@/app/_components/filter-bar";
import { FormMessage } from "@/app/_components/form-message";
import { PageHeader } from "@/app/_components/page-header";
import { Pagination, type SearchParams } from "@/app/_components/pagination";
import { RiskColorBadge } from "@/app/_components/risk-color-badge";
import { SelectField } from "@/app/_components/select-field";
import { TextField } from "@/app/_components/text-field";
import { requireActor } from "@/app/_server/actor";
import { MEDIATION_DISPUTE_TYPES, MEDIATION_RISK_COLORS, MEDIATION_STATUSES, type MediationRiskColor, type MediationStatus } from "@/db/schema";
import { hasRole } from "@/lib/auth/actor";
import { label, t } from "@/lib/i18n/messages";
import type { CaseDeadline } from "@/lib/mediation/deadlines";
import { canRegisterCase } from "@/lib/mediation/policy";
import { listAssignableStaff, listCases } from "@/lib/mediation/queries";
import { DEADLINE_FILTERS, listCasesSchema, statsPeriodSchema, type ListCasesInput } from "@/lib/mediation/schemas";
import { mediationStats } from "@/lib/mediation/stats";
import { toLocalDate } from "@/lib/time";
import { CaseStatusBadge, DeadlineBadge } from "./_components/case-badges";

export const metadata: Metadata = { title: t("mediation.title") };

const opts = (group: string, codes: readonly string[]) => codes.map((c) => ({ value: c, label: label(group, c) }));
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** One row of the list: built here from the list item, never a database row. */
interface Row {
  id: number;
  caseNo: string;
  disputeType: string;
  applicants: string[];
  respondents: string[];
  status: MediationStatus;
  riskColor: MediationRiskColor;
  lead: string | null;
  counselor: string | null;
  deadline: CaseDeadline | null;
}

export default async function MediationListPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireActor(["mediator", "admin", "counselor"]);
  const sp = await searchParams;
  const raw = {
    q: first(sp.q),
    status: first(sp.status),
    disputeType: first(sp.disputeType),
    riskColor: first(sp.riskColor),
    mediatorId: first(sp.mediatorId),
    deadline: first(sp.deadline),
    cursor: first(sp.cursor),
  };
  const parsed = listCasesSchema.safeParse(Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)));
  const filters: ListCasesInput = parsed.success ? parsed.data : {};
  const { items, nextCursor } = listCases(ctx, { ...filters, limit: 50 });
  const rows: Row[] = items.map((c) => ({
    id: c.id,
    caseNo: c.caseNo,
    disputeType: label("mediationDisputeType", c.disputeType),
    applicants: c.applicants,
    respondents: c.respondents,
    status: c.status,
    riskColor: c.riskColor,
    lead: c.leadMediator?.name ?? null,
    counselor: c.counselor?.name ?? null,
    deadline: c.deadline,
  }));
  const mediators = canRegisterCase(ctx.actor) ? listAssignableStaff(ctx).mediators : [];
  const filtered = Boolean(filters.q || filters.status || filters.disputeType || filters.riskColor || filters.mediatorId || filters.deadline);

  const today = toLocalDate(ctx.now);
  const period = statsPeriodSchema.safeParse({ from: first(sp.from) ?? `${today.slice(0, 8)}01`, to: first(sp.to) ?? today });
  const range = period.success ? period.data : { from: `${today.slice(0, 8)}01`, to: today };
  const stats = mediationStats(ctx, range);

  const columns: Column<Row>[] = [
    {
      key: "caseNo",
      header: t("mediation.col.caseNo"),
      cell: (r) => (
        <>
          <Link href={`/mediation/${r.id}`} className="font-medium whitespace-nowrap text-teal-800 underline-offset-2 hover:underline">
            {r.caseNo}
          </Link>
          <span className="block text-sm text-stone-600">{r.disputeType}</span>
        </>
      ),
    },
    {
      key: "parties",
      header: t("mediation.col.parties"),
      cell: (r) => (
        <>
          <span className="block">{r.applicants.join("、")}</span>
          <span className="block text-sm text-stone-600">{r.respondents.join("、")}</span>
        </>
      ),
    },
    { key: "status", header: t("mediation.col.status"), cell: (r) => <CaseStatusBadge status={r.status} /> },
    { key: "risk", header: t("mediation.col.risk"), cell: (r) => <RiskColorBadge color={r.riskColor} /> },
    {
      key: "team",
      header: t("mediation.col.team"),
      hideOnMobile: true,
      cell: (r) => (
        <>
          <span className="block">{r.lead ?? "—"}</span>
          {r.counselor ? <span className="block text-sm text-stone-600">{r.counselor}</span> : null}
        </>
      ),
    },
    { key: "deadline", header: t("mediation.col.deadline"), cell: (r) => <DeadlineBadge deadline={r.deadline} /> },
  ];

  const pct = stats.closureRate === null ? t("mediation.stats.none") : `${(stats.closureRate * 100).toFixed(1)}%`;
  return (
    <div>
      <PageHeader
        title={t("mediation.title")}
        description={t("mediation.lead")}
        actions={
          canRegisterCase(ctx.actor) ? (
            <ButtonLink href="/mediation/new" variant="primary" icon="plus">
              {t("mediation.new")}
            </ButtonLink>
          ) : null
        }
      />
      {parsed.success ? null : (
        <FormMessage tone="warning" className="mb-4">
          {t("mediation.invalidFilter")}
        </FormMessage>
      )}
      <FilterBar action="/mediation" label={t("mediation.filterLabel")} active={filtered}>
        <TextField type="search" name="q" label={t("mediation.search")} placeholder={t("mediation.searchPlaceholder")} defaultValue={filters.q ?? ""} maxLength={40} wrapperClassName="min-w-56 flex-1" />
        <SelectField name="status" label={t("mediation.filter.status")} options={opts("mediationStatus", MEDIATION_STATUSES)} allLabel={t("ui.all")} defaultValue={filters.status ?? ""} wrapperClassName="min-w-32" />
        <SelectField name="disputeType" label={t("mediation.filter.disputeType")} options={opts("mediationDisputeType", MEDIATION_DISPUTE_TYPES)} allLabel={t("ui.all")} defaultValue={filters.disputeType ?? ""} wrapperClassName="min-w-32" />
        <SelectField name="riskColor" label={t("mediation.filter.riskColor")} options={opts("riskColor", MEDIATION_RISK_COLORS)} allLabel={t("ui.all")} defaultValue={filters.riskColor ?? ""} wrapperClassName="min-w-24" />
        <SelectField name="deadline" label={t("mediation.filter.deadline")} options={opts("mediationDeadlineFilter", DEADLINE_FILTERS)} allLabel={t("ui.all")} defaultValue={filters.deadline ?? ""} wrapperClassName="min-w-32" />
        {mediators.length > 0 && (hasRole(ctx.actor, "admin") || mediators.length > 1) ? (
          <SelectField
            name="mediatorId"
            label={t("mediation.filter.mediator")}
            options={mediators.map((m) => ({ value: String(m.id), label: m.name }))}
            allLabel={t("ui.all")}
            defaultValue={filters.mediatorId ? String(filters.mediatorId) : ""}
            wrapperClassName="min-w-32"
          />
        ) : null}
      </FilterBar>

      <DataTable
        caption={t("mediation.listCaption")}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        empty={<EmptyState title={filtered ? t("mediation.empty") : t("mediation.emptyMine")} icon="scale" />}
      />
      <Pagination pathname="/mediation" searchParams={sp} nextCursor={nextCursor} />

      <Card title={t("mediation.stats.title")} description={t("mediation.stats.lead")} className="mt-8">
        <Form action="/mediation" aria-label={t("mediation.stats.title")} className="mb-4 flex flex-wrap items-end gap-3">
          <TextField type="date" id="stats-from" name="from" label={t("mediation.stats.from")} defaultValue={range.from} />
          <TextField type="date" id="stats-to" name="to" label={t("mediation.stats.to")} defaultValue={range.to} />
          <Button type="submit" variant="secondary">
            {t("mediation.stats.apply")}
          </Button>
        </Form>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          {[
            [t("mediation.stats.registered"), String(stats.registered)],
            [t("mediation.stats.accepted"), String(stats.accepted)],
            [t("mediation.stats.concluded"), String(stats.concluded)],
            [t("mediation.stats.rate"), pct],
            [t("mediation.stats.median"), stats.medianDaysToClose === null ? t("mediation.stats.none") : t("mediation.stats.days", { days: stats.medianDaysToClose })],
          ].map(([k, v]) => (
            <div key={k} className="rounded-lg bg-stone-100 px-4 py-3">
              <dt className="text-sm text-stone-700">{k}</dt>
              <dd className="text-2xl font-semibold text-stone-900 tabular-nums">{v}</dd>
            </div>
          ))}
        </dl>
      </Card>
    </div>
  );
}
