import type { Metadata } from "next";
import { Badge } from "@/app/_components/badge";
import { Card } from "@/app/_components/card";
import { DataTable, type Column } from "@/app/_components/data-table";
import { EmptyState } from "@/app/_components/empty-state";
import { FilterBar } from "@/app/_components/filter-bar";
import { FormMessage } from "@/app/_components/form-message";
import { PageHeader } from "@/app/_components/page-header";
import { Pagination, type SearchParams } from "@/app/_components/pagination";
import { SelectField } from "@/app/_components/select-field";
import { Tabs } from "@/app/_components/tabs";
import { TextField } from "@/app/_components/text-field";
import { requireActor } from "@/app/_server/actor";
import { listAuditPage } from "@/lib/audit/review";
import { AUDIT_OUTCOMES, auditFilterSchema, type AuditFilter } from "@/lib/audit/schemas";
import { t } from "@/lib/i18n/messages";
import { formatDateTime } from "@/lib/time";
import { VerifyForm } from "./_components/verify-form";

export const metadata: Metadata = { title: t("audit.title") };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const OUTCOME_TONE = { success: "success", failure: "warning", denied: "danger" } as const;
const OUTCOME_OPTIONS = AUDIT_OUTCOMES.map((o) => ({ value: o, label: t(`audit.outcome.${o}`) }));

/** What one row shows: built here from the log row (which never holds the sensitive text). */
interface Row {
  id: number;
  at: string;
  actor: string;
  action: string;
  record: string | null;
  outcome: (typeof AUDIT_OUTCOMES)[number];
  ip: string | null;
  reason: string | null;
  details: string | null;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireActor(["admin"]);
  const sp = await searchParams;
  const keys = ["user", "action", "entityType", "entityId", "outcome", "from", "to", "reasons", "cursor"] as const;
  const raw = Object.fromEntries(keys.map((k) => [k, first(sp[k])]).filter(([, v]) => v !== undefined));
  const parsed = auditFilterSchema.safeParse(raw);
  const filter: AuditFilter = parsed.success ? parsed.data : {};
  const { items, nextCursor } = listAuditPage(ctx, filter);
  const lastCheck = listAuditPage(ctx, { action: "audit.verified", limit: 1 }).items[0];
  const reasonsOnly = filter.reasons === "1";
  const filtered = Boolean(filter.user || filter.action || filter.entityType || filter.entityId || filter.outcome || filter.from || filter.to);

  const rows: Row[] = items.map((r) => ({
    id: r.id,
    at: formatDateTime(r.at),
    actor: r.actorUsername ?? t("audit.system"),
    action: r.action,
    record: r.entityType ? `${r.entityType}${r.entityId ? ` #${r.entityId}` : ""}` : null,
    outcome: r.outcome,
    ip: r.ip,
    reason: r.reason,
    details: r.details,
  }));

  const columns: Column<Row>[] = [
    { key: "at", header: t("audit.col.at"), cell: (r) => r.at, className: "whitespace-nowrap tabular-nums" },
    { key: "actor", header: t("audit.col.actor"), cell: (r) => r.actor },
    { key: "action", header: t("audit.col.action"), cell: (r) => <code className="text-sm">{r.action}</code> },
    { key: "record", header: t("audit.col.record"), cell: (r) => r.record ?? "—", className: "whitespace-nowrap" },
    { key: "outcome", header: t("audit.col.outcome"), cell: (r) => <Badge tone={OUTCOME_TONE[r.outcome]}>{t(`audit.outcome.${r.outcome}`)}</Badge> },
    { key: "reason", header: t("audit.col.reason"), cell: (r) => r.reason ?? "—" },
    { key: "ip", header: t("audit.col.ip"), cell: (r) => r.ip ?? "—", hideOnMobile: true, className: "tabular-nums" },
    { key: "details", header: t("audit.col.details"), cell: (r) => (r.details ? <code className="break-all text-xs text-stone-700">{r.details}</code> : "—"), hideOnMobile: true },
  ];

  return (
    <div>
      <PageHeader title={t("audit.title")} description={t("audit.lead")} />
      <Card title={t("audit.verifyTitle")} description={t("audit.verifyLead")} className="mb-6">
        <p className="mb-3 text-stone-700">
          {lastCheck
            ? t("audit.lastVerified", { at: formatDateTime(lastCheck.at), result: t(lastCheck.outcome === "success" ? "audit.resultOk" : "audit.resultBroken") })
            : t("audit.neverVerified")}
        </p>
        <VerifyForm />
      </Card>
      <Tabs
        label={t("audit.title")}
        current={reasonsOnly ? "/admin/audit?reasons=1" : "/admin/audit"}
        items={[
          { href: "/admin/audit", label: t("audit.tabAll") },
          { href: "/admin/audit?reasons=1", label: t("audit.tabReasons") },
        ]}
      />
      {reasonsOnly ? <p className="mb-4 text-stone-700">{t("audit.reasonsLead")}</p> : null}
      {parsed.success ? null : (
        <FormMessage tone="warning" className="mb-4">
          {t("audit.invalidFilter")}
        </FormMessage>
      )}
      <FilterBar action="/admin/audit" label={t("audit.filterLabel")} active={filtered}>
        {reasonsOnly ? <input type="hidden" name="reasons" value="1" /> : null}
        <TextField type="search" name="user" label={t("audit.user")} defaultValue={filter.user ?? ""} maxLength={40} wrapperClassName="min-w-40" />
        <TextField name="action" label={t("audit.action")} hint={t("audit.actionHint")} defaultValue={filter.action ?? ""} maxLength={60} wrapperClassName="min-w-48" />
        <TextField name="entityType" label={t("audit.entityType")} defaultValue={filter.entityType ?? ""} maxLength={40} wrapperClassName="min-w-32" />
        <TextField name="entityId" label={t("audit.entityId")} defaultValue={filter.entityId ?? ""} maxLength={40} wrapperClassName="w-28" />
        <SelectField name="outcome" label={t("audit.outcome")} options={OUTCOME_OPTIONS} allLabel={t("ui.all")} defaultValue={filter.outcome ?? ""} wrapperClassName="min-w-28" />
        <TextField type="date" name="from" label={t("audit.from")} defaultValue={filter.from ?? ""} wrapperClassName="min-w-36" />
        <TextField type="date" name="to" label={t("audit.to")} defaultValue={filter.to ?? ""} wrapperClassName="min-w-36" />
      </FilterBar>
      <DataTable caption={t("audit.caption")} columns={columns} rows={rows} rowKey={(r) => r.id} empty={<EmptyState icon="shield" title={t("audit.empty")} />} />
      <Pagination pathname="/admin/audit" searchParams={sp} nextCursor={nextCursor} />
    </div>
  );
}
