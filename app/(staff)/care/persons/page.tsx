import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/app/_components/badge";
import { ButtonLink } from "@/app/_components/button";
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
import { CARE_GROUPS, CARE_STATUSES, RISK_COLORS } from "@/db/schema";
import { hasRole } from "@/lib/auth/actor";
import { listCarers, listPersons, type PersonListItem } from "@/lib/care/queries";
import { listPersonsSchema, type ListPersonsInput } from "@/lib/care/schemas";
import { label, t } from "@/lib/i18n/messages";
import { toLocalDate } from "@/lib/time";
import { DueBadge, GroupTags } from "../_components/care-tags";

export const metadata: Metadata = { title: t("care.personsTitle") };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function CarePersonsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireActor(["carer", "admin"]);
  const sp = await searchParams;
  const raw = { q: first(sp.q), group: first(sp.group), color: first(sp.color), status: first(sp.status) ?? "active", carerId: first(sp.carerId), cursor: first(sp.cursor) };
  const parsed = listPersonsSchema.safeParse(Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)));
  const filters: ListPersonsInput = parsed.success ? parsed.data : { status: "active" };
  const { items, nextCursor } = listPersons(ctx, { ...filters, limit: 50 });
  const carers = listCarers(ctx);
  const today = toLocalDate(ctx.now);
  const filtered = Boolean(filters.q || filters.group || filters.color || filters.carerId || raw.status !== "active");

  const columns: Column<PersonListItem>[] = [
    {
      key: "name",
      header: t("care.colName"),
      cell: (r) => (
        <>
          <Link href={`/care/persons/${r.id}`} className="font-medium text-teal-800 underline-offset-2 hover:underline">
            {r.name}
          </Link>
          <span className="block text-sm text-stone-600">{r.address ?? ""}</span>
        </>
      ),
    },
    { key: "groups", header: t("care.colGroups"), cell: (r) => <GroupTags groups={r.groups} /> },
    { key: "color", header: t("care.colColor"), cell: (r) => <RiskColorBadge color={r.riskColor} />, className: "whitespace-nowrap" },
    {
      key: "due",
      header: t("care.colNextDue"),
      cell: (r) => (r.status === "active" ? <DueBadge nextVisitDue={r.nextVisitDue} overdueDays={r.overdueDays} today={today} /> : <Badge tone="neutral">{label("careStatus", r.status)}</Badge>),
      className: "whitespace-nowrap",
    },
    { key: "carers", header: t("care.colCarers"), cell: (r) => (r.carers.length ? r.carers.map((c) => c.name).join("、") : <span className="text-red-800">{t("care.noCarers")}</span>), hideOnMobile: true },
    { key: "phone", header: t("care.personPhone"), cell: (r) => (r.phone ? <a href={`tel:${r.phone}`} className="tabular-nums text-teal-800 underline-offset-2 hover:underline">{r.phone}</a> : "—"), hideOnMobile: true, className: "whitespace-nowrap" },
  ];

  return (
    <div>
      <PageHeader
        title={t("care.personsTitle")}
        description={t("care.personsLead")}
        back={{ href: "/care", label: t("care.workTitle") }}
        actions={
          <ButtonLink href="/care/persons/new" variant="primary" icon="plus">
            {t("care.registerPerson")}
          </ButtonLink>
        }
      />
      {parsed.success ? null : (
        <FormMessage tone="warning" className="mb-4">
          {t("error.validation")}
        </FormMessage>
      )}
      <FilterBar action="/care/persons" active={filtered}>
        <TextField type="search" name="q" label={t("care.filterQ")} defaultValue={filters.q ?? ""} maxLength={40} wrapperClassName="min-w-48 flex-1" />
        <SelectField name="group" label={t("care.filterGroup")} options={CARE_GROUPS.map((g) => ({ value: g, label: label("careGroup", g) }))} allLabel={t("ui.all")} defaultValue={filters.group ?? ""} wrapperClassName="min-w-36" />
        <SelectField name="color" label={t("care.filterColor")} options={RISK_COLORS.map((c) => ({ value: c, label: label("careColor", c) }))} allLabel={t("ui.all")} defaultValue={filters.color ?? ""} wrapperClassName="min-w-32" />
        {hasRole(ctx.actor, "admin") ? (
          <SelectField name="carerId" label={t("care.filterCarer")} options={carers.map((c) => ({ value: String(c.id), label: c.name }))} allLabel={t("ui.all")} defaultValue={filters.carerId ? String(filters.carerId) : ""} wrapperClassName="min-w-32" />
        ) : null}
        <SelectField name="status" label={t("care.filterStatus")} options={CARE_STATUSES.map((s) => ({ value: s, label: label("careStatus", s) }))} allLabel={t("ui.all")} defaultValue={raw.status === "" ? "" : (filters.status ?? "")} wrapperClassName="min-w-28" />
      </FilterBar>
      <DataTable
        caption={t("care.personsTitle")}
        columns={columns}
        rows={items}
        rowKey={(r) => r.id}
        empty={<EmptyState icon="heart" title={t("care.personsEmpty")} />}
      />
      <Pagination pathname="/care/persons" searchParams={sp} nextCursor={nextCursor} />
    </div>
  );
}
