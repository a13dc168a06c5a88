// The admin's view over all care: persons per group and colour, visits done vs due this month, and
// each carer's overdue count.
import { Card } from "@/app/_components/card";
import { DataTable, type Column } from "@/app/_components/data-table";
import { CARE_GROUPS, RISK_COLORS } from "@/db/schema";
import type { CareOverview } from "@/lib/care/queries";
import { label, t } from "@/lib/i18n/messages";

type CarerRow = CareOverview["byCarer"][number];
type GroupRow = CareOverview["byGroup"][number];

export function Overview({ o }: { o: CareOverview }) {
  const groupColumns: Column<GroupRow>[] = [
    { key: "group", header: t("care.colGroup"), cell: (r) => label("careGroup", r.group) },
    ...RISK_COLORS.map((c): Column<GroupRow> => ({ key: c, header: label("careColor", c), cell: (r) => r[c], align: "end", className: "tabular-nums" })),
    { key: "total", header: t("care.colTotal"), cell: (r) => <strong>{r.total}</strong>, align: "end", className: "tabular-nums" },
  ];
  const carerColumns: Column<CarerRow>[] = [
    { key: "name", header: t("care.colCarer"), cell: (r) => r.name },
    { key: "assigned", header: t("care.colAssigned"), cell: (r) => r.assigned, align: "end", className: "tabular-nums" },
    { key: "overdue", header: t("care.colOverdue"), cell: (r) => (r.overdue ? <strong className="text-red-800">{r.overdue}</strong> : 0), align: "end", className: "tabular-nums" },
    { key: "week", header: t("care.colDueThisWeek"), cell: (r) => r.dueThisWeek, align: "end", className: "tabular-nums" },
  ];
  const stats = [
    { label: t("care.activePersons"), value: String(o.activePersons) },
    { label: t("care.visitsThisMonth"), value: String(o.visitsThisMonth) },
    { label: t("care.coverage"), value: `${o.personsVisited} / ${o.personsDue}` },
    { label: t("care.unassigned"), value: String(o.unassigned) },
  ];
  return (
    <Card title={t("care.overviewTitle")} description={t("care.overviewMonth", { month: o.month })} className="mb-6">
      <dl className="mb-5 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {stats.map((s) => (
          <div key={s.label} className="rounded-lg bg-teal-50 px-4 py-3">
            <dt className="text-sm text-teal-900">{s.label}</dt>
            <dd className="text-2xl font-semibold text-teal-900 tabular-nums">{s.value}</dd>
          </div>
        ))}
      </dl>
      <div className="grid gap-5 lg:grid-cols-2">
        <DataTable caption={t("care.byGroupTitle")} showCaption columns={groupColumns} rows={o.byGroup.filter((g) => CARE_GROUPS.includes(g.group))} rowKey={(r) => r.group} />
        <DataTable caption={t("care.byCarerTitle")} showCaption columns={carerColumns} rows={o.byCarer} rowKey={(r) => r.id} />
      </div>
    </Card>
  );
}
