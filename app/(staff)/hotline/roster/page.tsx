import type { Metadata } from "next";
import { ButtonLink } from "@/app/_components/button";
import { Card } from "@/app/_components/card";
import { DataTable, type Column } from "@/app/_components/data-table";
import { FormMessage } from "@/app/_components/form-message";
import { PageHeader } from "@/app/_components/page-header";
import { WeekCalendar, dayKey, weekDayColumns, type CalendarEvent } from "@/app/_components/week-calendar";
import { requireActor } from "@/app/_server/actor";
import { hasRole } from "@/lib/auth/actor";
import type { RosterWarning } from "@/lib/hotline/policy";
import { listHotlineStaff, rosterWeek, type ShiftWithStaff } from "@/lib/hotline/queries";
import { t } from "@/lib/i18n/messages";
import { addLocalDays, formatShortDate, parseLocalDate, toIsoLocal, toLocalDate } from "@/lib/time";
import { param, type SearchParams } from "../_components/page-utils";
import { AddShift, CopyLastWeek, EditShift } from "../_components/roster-controls";
import { shiftSpan } from "../_components/shift-views";

export const metadata: Metadata = { title: t("hotline.roster") };

const HOUR = 3_600_000;

function warningText(w: RosterWarning): string {
  return w.code === "understaffed" ? t("rosterWarning.understaffed") : t("rosterWarning.overlap", { name: w.userName });
}

// The duty roster of one week: hotline staff read it, the admin builds it (add, edit, copy last week).
export default async function RosterPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireActor(["hotline", "admin"]);
  const admin = hasRole(ctx.actor, "admin");
  const weekParam = param(await searchParams, "week");
  const anchor = (weekParam && parseLocalDate(weekParam)) || ctx.now;
  const { weekStart, shifts, warnings } = rosterWeek(ctx, anchor);
  const staff = admin ? listHotlineStaff(ctx) : [];
  const weekKey = toLocalDate(weekStart);
  const warningsOf = (id: number) => warnings.filter((w) => w.shiftId === id);
  const events: CalendarEvent[] = shifts.map((s) => ({
    id: s.id,
    columnKey: dayKey(s.startAt),
    start: s.startAt,
    end: s.endAt,
    title: s.staff.map((p) => p.name).join("、") || "—",
    detail: warningsOf(s.id).map(warningText).join("；") || undefined,
    tone: warningsOf(s.id).length ? "warning" : "brand",
  }));
  const columns: Column<ShiftWithStaff>[] = [
    { key: "time", header: t("hotline.roster.start"), className: "whitespace-nowrap", cell: (s) => shiftSpan(s) },
    { key: "staff", header: t("hotline.roster.staff"), cell: (s) => s.staff.map((p) => p.name).join("、") || "—" },
    {
      key: "warn",
      header: t("hotline.roster.warnings"),
      cell: (s) =>
        warningsOf(s.id).length ? <span className="font-medium text-amber-900">{warningsOf(s.id).map(warningText).join("；")}</span> : "—",
    },
    { key: "notes", header: t("hotline.roster.notes"), cell: (s) => s.notes ?? "—", hideOnMobile: true },
    ...(admin
      ? [
          {
            key: "edit",
            header: t("hotline.roster.editShift"),
            cell: (s: ShiftWithStaff) => (
              <EditShift staff={staff} shift={{ id: s.id, startAt: toIsoLocal(s.startAt), endAt: toIsoLocal(s.endAt), staffIds: s.staff.map((p) => p.id), notes: s.notes ?? "" }} />
            ),
          },
        ]
      : []),
  ];
  // A new shift starts at the next full hour this week, or at 08:00 on the Monday of a later week.
  const newStart = weekStart > ctx.now ? new Date(weekStart.getTime() + 8 * HOUR) : new Date(ctx.now.getTime() - (ctx.now.getTime() % HOUR) + HOUR);

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("hotline.roster")}
        description={t("hotline.roster.week", { start: formatShortDate(weekStart) })}
        back={{ href: "/hotline", label: t("hotline.title") }}
        actions={
          <>
            <ButtonLink href={`/hotline/roster?week=${toLocalDate(addLocalDays(weekStart, -7))}`} icon="chevronLeft">
              {t("hotline.roster.prevWeek")}
            </ButtonLink>
            <ButtonLink href="/hotline/roster">{t("hotline.roster.thisWeek")}</ButtonLink>
            <ButtonLink href={`/hotline/roster?week=${toLocalDate(addLocalDays(weekStart, 7))}`} icon="chevronRight">
              {t("hotline.roster.nextWeek")}
            </ButtonLink>
          </>
        }
      />

      {admin ? (
        <div className="flex flex-wrap items-start gap-3">
          <AddShift staff={staff} startAt={toIsoLocal(newStart)} endAt={toIsoLocal(new Date(newStart.getTime() + 6 * HOUR))} />
          <CopyLastWeek week={weekKey} />
        </div>
      ) : null}

      {warnings.length ? (
        <FormMessage tone="warning">
          <p className="font-medium">{t("hotline.roster.warnings")}</p>
          <ul className="mt-1 list-disc ps-5">
            {warnings.map((w, i) => {
              const s = shifts.find((x) => x.id === w.shiftId);
              return <li key={`${w.shiftId}-${w.code}-${i}`}>{s ? `${shiftSpan(s)}：` : ""}{warningText(w)}</li>;
            })}
          </ul>
        </FormMessage>
      ) : null}

      <WeekCalendar caption={t("hotline.roster.week", { start: formatShortDate(weekStart) })} columns={weekDayColumns(weekStart, { today: ctx.now })} events={events} startHour={8} endHour={24} rowHeight={20} />

      <Card title={t("hotline.roster")} flush>
        <DataTable caption={t("hotline.roster")} columns={columns} rows={shifts} rowKey={(s) => s.id} empty={<p className="px-5 py-4 text-stone-600">{t("hotline.roster.noShifts")}</p>} />
      </Card>
    </div>
  );
}
