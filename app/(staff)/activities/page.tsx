import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/app/_components/button";
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
import { ACTIVITY_STATUSES, ACTIVITY_TYPES, type ActivityStatus } from "@/db/schema";
import { listActivities } from "@/lib/activities/queries";
import { listActivitiesQuerySchema, type ListActivitiesQuery } from "@/lib/activities/schemas";
import { hasRole } from "@/lib/auth/actor";
import { label, t } from "@/lib/i18n/messages";
import { formatShortDate, formatTime, weekdayName } from "@/lib/time";
import { ActivityStatusBadge } from "./_components/activity-status";

export const metadata: Metadata = { title: t("activities.title") };

/** What one row shows: built here, never a whole database row. */
interface Row {
  id: number;
  title: string;
  type: string;
  when: string;
  room: string;
  teachers: string;
  registered: number;
  waitlisted: number;
  capacity: number;
  status: ActivityStatus;
  ended: boolean;
  series: boolean;
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const TYPE_OPTIONS = ACTIVITY_TYPES.map((c) => ({ value: c, label: label("activityType", c) }));
const STATUS_OPTIONS = ACTIVITY_STATUSES.map((c) => ({ value: c, label: label("activityStatus", c) }));

export default async function ActivitiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireActor(["teacher", "admin"]);
  const sp = await searchParams;
  const raw = { scope: first(sp.scope), mine: first(sp.mine), type: first(sp.type), status: first(sp.status), q: first(sp.q), cursor: first(sp.cursor) };
  const parsed = listActivitiesQuerySchema.safeParse(Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== "")));
  const filters: ListActivitiesQuery = parsed.success ? parsed.data : {};
  const scope = filters.scope ?? "upcoming";
  const isTeacher = hasRole(ctx.actor, "teacher");
  const { items, nextCursor } = listActivities(ctx, { ...filters, limit: 50 });
  const rows: Row[] = items.map((a) => ({
    id: a.id,
    title: a.title,
    type: label("activityType", a.type),
    when: `${formatShortDate(a.startAt)} ${weekdayName(a.startAt)} ${formatTime(a.startAt)}–${formatTime(a.endAt)}`,
    room: a.roomName,
    teachers: a.teachers.map((x) => x.name).join("、") || t("activities.noTeacher"),
    registered: a.registered,
    waitlisted: a.waitlisted,
    capacity: a.capacity,
    status: a.status,
    ended: a.ended,
    series: a.seriesId !== null,
  }));
  const filtered = Boolean(filters.mine || filters.type || filters.status || filters.q);
  const tabHref = (s: string) => {
    const qs = new URLSearchParams();
    if (s !== "upcoming") qs.set("scope", s);
    if (filters.mine) qs.set("mine", "1");
    const q = qs.toString();
    return q ? `/activities?${q}` : "/activities";
  };

  const columns: Column<Row>[] = [
    { key: "when", header: t("activities.col.when"), cell: (r) => r.when, className: "whitespace-nowrap tabular-nums" },
    {
      key: "title",
      header: t("activities.col.title"),
      cell: (r) => (
        <>
          <Link href={`/activities/${r.id}`} className="font-medium text-teal-800 underline-offset-2 hover:underline">
            {r.title}
          </Link>
          <span className="block text-sm text-stone-600">
            {r.type}
            {r.series ? ` · ${t("activities.series")}` : ""}
          </span>
        </>
      ),
    },
    { key: "room", header: t("activities.col.room"), cell: (r) => r.room, hideOnMobile: true },
    { key: "teachers", header: t("activities.col.teachers"), cell: (r) => r.teachers, hideOnMobile: true },
    {
      key: "signups",
      header: t("activities.col.signups"),
      cell: (r) => (
        <>
          <span className="tabular-nums">{t("activities.signupCount", { registered: r.registered, capacity: r.capacity })}</span>
          {r.waitlisted ? <span className="block text-sm text-amber-800">{t("activities.waitlistCount", { count: r.waitlisted })}</span> : null}
        </>
      ),
      className: "whitespace-nowrap",
    },
    { key: "status", header: t("activities.col.status"), cell: (r) => <ActivityStatusBadge status={r.status} ended={r.ended} />, className: "whitespace-nowrap" },
  ];

  return (
    <div>
      <PageHeader
        title={t("activities.title")}
        description={t("activities.lead")}
        actions={
          <ButtonLink href="/activities/new" variant="primary" icon="plus">
            {t("activities.new")}
          </ButtonLink>
        }
      />
      <Tabs
        label={t("activities.filter.scope")}
        current={tabHref(scope)}
        items={(["upcoming", "past", "all"] as const).map((s) => ({ href: tabHref(s), label: t(`activities.filter.scope.${s}`) }))}
      />
      {parsed.success ? null : (
        <FormMessage tone="warning" className="mb-4">
          {t("activities.invalidFilter")}
        </FormMessage>
      )}
      <FilterBar action="/activities" label={t("activities.filterLabel")} active={filtered}>
        {scope !== "upcoming" ? <input type="hidden" name="scope" value={scope} /> : null}
        <TextField type="search" name="q" label={t("activities.filter.q")} placeholder={t("activities.filter.qPlaceholder")} defaultValue={filters.q ?? ""} maxLength={40} wrapperClassName="min-w-48 flex-1" />
        <SelectField name="type" label={t("activities.field.type")} options={TYPE_OPTIONS} allLabel={t("ui.all")} defaultValue={filters.type ?? ""} wrapperClassName="min-w-32" />
        <SelectField name="status" label={t("activities.col.status")} options={STATUS_OPTIONS} allLabel={t("ui.all")} defaultValue={filters.status ?? ""} wrapperClassName="min-w-36" />
        {isTeacher ? (
          <SelectField
            name="mine"
            label={t("activities.filter.mine")}
            options={[{ value: "1", label: t("activities.filter.mine.1") }]}
            allLabel={t("ui.all")}
            defaultValue={filters.mine ?? ""}
            wrapperClassName="min-w-36"
          />
        ) : null}
      </FilterBar>
      <DataTable
        caption={t("activities.tableCaption")}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        empty={
          <EmptyState
            icon="group"
            title={t("activities.emptyTitle")}
            description={t("activities.emptyDescription")}
            action={
              <ButtonLink href="/activities/new" icon="plus">
                {t("activities.new")}
              </ButtonLink>
            }
          />
        }
      />
      <Pagination pathname="/activities" searchParams={sp} nextCursor={nextCursor} />
    </div>
  );
}
