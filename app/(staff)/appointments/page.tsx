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
import { SelectField } from "@/app/_components/select-field";
import { StatusBadge } from "@/app/_components/status-badge";
import { Tabs } from "@/app/_components/tabs";
import { TextField } from "@/app/_components/text-field";
import { requireActor } from "@/app/_server/actor";
import { STATUS_TONES } from "@/app/(resident)/me/appointments/_components/status-tones";
import { APPOINTMENT_STATUSES } from "@/db/schema";
import { hasRole } from "@/lib/auth/actor";
import { listAppointments, listServices, triageCount, triageQueue, type AppointmentListItem } from "@/lib/appointments/queries";
import { listAppointmentsQuerySchema } from "@/lib/appointments/schemas";
import { listCounselors } from "@/lib/counselors/queries";
import { label, t } from "@/lib/i18n/messages";
import { addLocalDays, formatDateTime, formatShortDate, formatTime, parseLocalDate } from "@/lib/time";

export const metadata: Metadata = { title: t("appointments.desk.title") };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** One row as the table shows it: built here from the list item, never a database row. */
interface Row {
  id: number;
  when: string;
  resident: string;
  service: string;
  counselor: string | null;
  room: string | null;
  status: AppointmentListItem["status"];
  urgency: AppointmentListItem["urgency"];
  mode: AppointmentListItem["mode"];
  requestedAt: string;
  preferred: string;
  source: AppointmentListItem["source"];
}

function toRow(a: AppointmentListItem): Row {
  return {
    id: a.id,
    when: a.startAt && a.endAt ? `${formatShortDate(a.startAt)} ${formatTime(a.startAt)}–${formatTime(a.endAt)}` : t("appointments.me.toBeArranged"),
    resident: a.resident.name,
    service: a.service.name,
    counselor: a.counselor?.name ?? null,
    room: a.room?.name ?? null,
    status: a.status,
    urgency: a.urgency,
    mode: a.mode,
    requestedAt: formatDateTime(a.createdAt),
    preferred: a.preferredTimes.join("、"),
    source: a.source,
  };
}

/** A referral's origin; the call itself is linked only for those who may read calls (admin here). */
function SourceCell({ source, linkCall }: { source: Row["source"]; linkCall: boolean }) {
  if (source.type === "direct" || source.id === null) return <span className="text-stone-600">{label("appointmentSource", source.type)}</span>;
  const ref = source.type === "hotline" ? t("referral.sourceCall", { id: source.id }) : t("referral.sourceVisit", { id: source.id });
  return (
    <span className="flex flex-wrap items-center gap-1" data-testid="appointment-source">
      <Badge tone="info">{label("appointmentSource", source.type)}</Badge>
      {source.type === "hotline" && linkCall ? (
        <Link href={`/hotline/calls/${source.id}`} className="text-sm text-teal-800 underline underline-offset-2">
          {ref}
        </Link>
      ) : (
        <span className="text-sm text-stone-600">{ref}</span>
      )}
    </span>
  );
}

// The appointment desk: the triage queue (requests waiting, most urgent and oldest first) and the
// list of every appointment the caller may see, with filters and search.
export default async function AppointmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireActor(["counselor", "admin"]);
  const sp = await searchParams;
  const admin = hasRole(ctx.actor, "admin");
  const view = first(sp.view) === "all" ? "all" : "queue";
  const queueCount = triageCount(ctx);

  const link = (r: Row) => (
    <Link href={`/appointments/${r.id}`} className="font-medium text-teal-800 underline-offset-2 hover:underline">
      {r.resident}
    </Link>
  );
  const base: Column<Row>[] = [
    { key: "resident", header: t("appointments.desk.resident"), cell: link },
    { key: "service", header: t("appointments.book.service"), cell: (r) => r.service },
    { key: "when", header: t("appointments.me.when"), cell: (r) => r.when, className: "whitespace-nowrap tabular-nums" },
    { key: "counselor", header: t("appointments.desk.counselor"), cell: (r) => r.counselor ?? <span className="text-stone-600">{t("appointments.desk.unassigned")}</span> },
  ];

  let body: React.ReactNode;
  if (view === "queue") {
    const rows = triageQueue(ctx).map(toRow);
    const columns: Column<Row>[] = [
      {
        key: "urgency",
        header: t("appointments.desk.urgency"),
        cell: (r) => <Badge tone={r.urgency === "urgent" ? "danger" : r.urgency === "soon" ? "warning" : "neutral"}>{label("appointmentUrgency", r.urgency)}</Badge>,
      },
      ...base,
      { key: "source", header: t("referral.sourceLabel"), cell: (r) => <SourceCell source={r.source} linkCall={admin} /> },
      { key: "mode", header: t("appointments.desk.mode"), cell: (r) => label("appointmentMode", r.mode), hideOnMobile: true },
      { key: "preferred", header: t("appointments.me.preferred"), cell: (r) => r.preferred || "—", hideOnMobile: true },
      { key: "requestedAt", header: t("appointments.desk.requestedAt"), cell: (r) => r.requestedAt, className: "whitespace-nowrap tabular-nums", hideOnMobile: true },
    ];
    body = <DataTable caption={t("appointments.desk.queueCaption")} columns={columns} rows={rows} rowKey={(r) => r.id} empty={<EmptyState icon="check" title={t("appointments.desk.queueEmpty")} />} />;
  } else {
    const raw = Object.fromEntries(["q", "status", "serviceId", "counselorId", "from", "to", "cursor"].map((k) => [k, first(sp[k])]).filter(([, v]) => v));
    const parsed = listAppointmentsQuerySchema.safeParse(raw);
    const f = parsed.success ? parsed.data : listAppointmentsQuerySchema.parse({});
    const page = listAppointments(ctx, {
      q: f.q,
      status: f.status,
      serviceId: f.serviceId,
      counselorId: f.counselorId,
      start: f.from ? parseLocalDate(f.from)! : undefined,
      end: f.to ? addLocalDays(parseLocalDate(f.to)!, 1) : undefined,
      limit: 50,
      cursor: f.cursor,
    });
    const rows = page.items.map(toRow);
    const filtered = Boolean(f.q || f.status || f.serviceId || f.counselorId || f.from || f.to);
    const columns: Column<Row>[] = [
      ...base,
      { key: "room", header: t("appointments.me.room"), cell: (r) => r.room ?? "—", hideOnMobile: true },
      { key: "status", header: t("appointments.desk.status"), cell: (r) => <StatusBadge group="appointmentStatus" code={r.status} tones={STATUS_TONES} />, className: "whitespace-nowrap" },
    ];
    body = (
      <>
        {parsed.success ? null : (
          <FormMessage tone="warning" className="mb-4">
            {t("appointments.desk.invalidFilter")}
          </FormMessage>
        )}
        <FilterBar action="/appointments" label={t("appointments.desk.filterLabel")} active={filtered}>
          <input type="hidden" name="view" value="all" />
          <TextField type="search" name="q" label={t("appointments.desk.search")} placeholder={t("appointments.desk.searchPlaceholder")} defaultValue={f.q ?? ""} maxLength={40} wrapperClassName="min-w-48 flex-1" />
          <SelectField name="status" label={t("appointments.desk.status")} options={APPOINTMENT_STATUSES.map((s) => ({ value: s, label: label("appointmentStatus", s) }))} allLabel={t("ui.all")} defaultValue={f.status ?? ""} wrapperClassName="min-w-32" />
          <SelectField name="serviceId" label={t("appointments.book.service")} options={listServices(ctx, { includeInactive: true }).map((s) => ({ value: String(s.id), label: s.name }))} allLabel={t("ui.all")} defaultValue={f.serviceId ? String(f.serviceId) : ""} wrapperClassName="min-w-36" />
          {admin ? (
            <SelectField name="counselorId" label={t("appointments.desk.counselor")} options={listCounselors(ctx, { includeInactive: true }).map((c) => ({ value: String(c.id), label: c.name }))} allLabel={t("ui.all")} defaultValue={f.counselorId ? String(f.counselorId) : ""} wrapperClassName="min-w-32" />
          ) : null}
          <TextField type="date" name="from" label={t("appointments.desk.from")} defaultValue={f.from ?? ""} wrapperClassName="min-w-36" />
          <TextField type="date" name="to" label={t("appointments.desk.to")} defaultValue={f.to ?? ""} wrapperClassName="min-w-36" />
        </FilterBar>
        <DataTable caption={t("appointments.desk.listCaption")} columns={columns} rows={rows} rowKey={(r) => r.id} empty={<EmptyState icon="calendar" title={t("appointments.desk.listEmpty")} />} />
        <Pagination pathname="/appointments" searchParams={sp} nextCursor={page.nextCursor} />
      </>
    );
  }

  return (
    <div>
      <PageHeader
        title={t("appointments.desk.title")}
        description={admin ? t("appointments.desk.leadAdmin") : t("appointments.desk.leadCounselor")}
        actions={
          <>
            <ButtonLink href="/appointments/calendar" icon="calendar">
              {t("appointments.calendar.title")}
            </ButtonLink>
            <ButtonLink href="/appointments/new" variant="primary" icon="plus">
              {t("appointments.desk.new")}
            </ButtonLink>
          </>
        }
      />
      <Tabs
        label={t("appointments.desk.tabsLabel")}
        current={view === "all" ? "/appointments?view=all" : "/appointments"}
        items={[
          { href: "/appointments", label: t("appointments.desk.tabQueue"), count: queueCount },
          { href: "/appointments?view=all", label: t("appointments.desk.tabAll") },
        ]}
      />
      {body}
    </div>
  );
}
