import type { Metadata } from "next";
import Form from "next/form";
import { Button, ButtonLink } from "@/app/_components/button";
import { PageHeader } from "@/app/_components/page-header";
import { SelectField } from "@/app/_components/select-field";
import { Tabs } from "@/app/_components/tabs";
import type { Tone } from "@/app/_components/tone";
import { dayKey, WeekCalendar, weekDayColumns, type CalendarBlock, type CalendarColumn } from "@/app/_components/week-calendar";
import { requireActor } from "@/app/_server/actor";
import type { AppointmentStatus } from "@/db/schema";
import { hasRole } from "@/lib/auth/actor";
import { counselorSchedule } from "@/lib/appointments/queries";
import { windowsOn } from "@/lib/counselors/availability";
import { getAvailability, listCounselors } from "@/lib/counselors/queries";
import { label, t } from "@/lib/i18n/messages";
import { addLocalDays, formatDate, formatShortDate, localClock, parseLocalDate, startOfLocalDay, startOfLocalWeek, toLocalDate } from "@/lib/time";

export const metadata: Metadata = { title: t("appointments.calendar.title") };

type SearchParams = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
const num = (v: string | undefined) => (v && /^\d{1,9}$/.test(v) ? Number(v) : undefined);

const TONE: Partial<Record<AppointmentStatus, Tone>> = { requested: "warning", confirmed: "brand", checked_in: "info", completed: "success", no_show: "neutral" };

// A counsellor's own sessions as a day or week grid (admin: any counsellor's); the time outside
// their availability is shaded.
export default async function CalendarPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireActor(["counselor", "admin"]);
  const sp = await searchParams;
  const admin = hasRole(ctx.actor, "admin");
  const counselors = admin ? listCounselors(ctx, { includeInactive: true }) : [];
  const requested = num(one(sp.counselor));
  const counselorId = admin ? (counselors.find((c) => c.id === requested)?.id ?? (hasRole(ctx.actor, "counselor") ? ctx.actor.userId : counselors[0]?.id)) : ctx.actor.userId;
  const view = one(sp.view) === "day" ? "day" : "week";
  const date = parseLocalDate(one(sp.date) ?? "") ?? startOfLocalDay(ctx.now);
  const start = view === "week" ? startOfLocalWeek(date) : startOfLocalDay(date);
  const end = addLocalDays(start, view === "week" ? 7 : 1);
  const q = (p: Record<string, string | number | undefined>) => {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries({ counselor: admin ? counselorId : undefined, view, date: toLocalDate(date), ...p })) if (v !== undefined) qs.set(k, String(v));
    return `/appointments/calendar?${qs}`;
  };

  const columns: CalendarColumn[] =
    view === "week"
      ? weekDayColumns(start, { today: ctx.now, hrefFor: (_day, key) => q({ view: "day", date: key }) })
      : [{ key: dayKey(start), label: formatDate(start), highlight: dayKey(start) === dayKey(ctx.now) }];
  const items = counselorId ? counselorSchedule(ctx, counselorId, { start, end }) : [];
  const events = items.map((a) => ({
    id: a.id,
    columnKey: dayKey(a.startAt!),
    start: a.startAt!,
    end: a.endAt!,
    title: a.resident.name,
    detail: [a.service.name, a.room?.name, label("appointmentStatus", a.status)].filter(Boolean).join(" · "),
    tone: TONE[a.status] ?? "neutral",
    href: `/appointments/${a.id}`,
  }));

  // Shade what is outside the counsellor's windows between 08:00 and 20:00.
  const blocks: CalendarBlock[] = [];
  if (counselorId) {
    const avail = getAvailability(ctx, counselorId, { fromDate: toLocalDate(start), toDate: toLocalDate(addLocalDays(end, -1)) });
    for (const c of columns) {
      const day = parseLocalDate(c.key)!;
      let from = 8 * 60;
      for (const [s, e] of windowsOn(avail.rules, avail.exceptions, c.key, localClock(day).weekday)) {
        if (s > from) blocks.push({ columnKey: c.key, fromMinute: from, toMinute: s, label: t("appointments.calendar.offDuty") });
        from = Math.max(from, e);
      }
      if (from < 20 * 60) blocks.push({ columnKey: c.key, fromMinute: from, toMinute: 20 * 60, label: t("appointments.calendar.offDuty") });
    }
  }
  const step = view === "week" ? 7 : 1;
  const rangeLabel = view === "week" ? `${formatShortDate(start)}–${formatShortDate(addLocalDays(end, -1))}` : formatDate(start);
  const who = admin ? (counselors.find((c) => c.id === counselorId)?.name ?? "") : ctx.actor.name;

  return (
    <div>
      <PageHeader title={t("appointments.calendar.title")} description={t("appointments.calendar.lead", { name: who })} back={{ href: "/appointments", label: t("appointments.desk.backToList") }} />
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <div className="flex flex-wrap items-center gap-2">
          <ButtonLink href={q({ date: toLocalDate(addLocalDays(start, -step)) })} icon="chevronLeft" size="sm">
            {view === "week" ? t("appointments.calendar.prevWeek") : t("appointments.calendar.prevDay")}
          </ButtonLink>
          <ButtonLink href={q({ date: toLocalDate(ctx.now) })} size="sm">
            {t("ui.today")}
          </ButtonLink>
          <ButtonLink href={q({ date: toLocalDate(addLocalDays(start, step)) })} icon="chevronRight" size="sm">
            {view === "week" ? t("appointments.calendar.nextWeek") : t("appointments.calendar.nextDay")}
          </ButtonLink>
          <span className="ms-2 font-medium text-stone-900">{rangeLabel}</span>
        </div>
        {admin ? (
          <Form action="/appointments/calendar" className="flex items-end gap-2">
            <input type="hidden" name="view" value={view} />
            <input type="hidden" name="date" value={toLocalDate(date)} />
            <SelectField name="counselor" label={t("appointments.desk.counselor")} options={counselors.map((c) => ({ value: String(c.id), label: c.name }))} defaultValue={counselorId ? String(counselorId) : ""} wrapperClassName="min-w-40" />
            <Button type="submit" size="md">
              {t("appointments.calendar.show")}
            </Button>
          </Form>
        ) : null}
      </div>
      <Tabs
        label={t("appointments.calendar.viewLabel")}
        current={view === "week" ? q({ view: "week" }) : q({ view: "day" })}
        items={[
          { href: q({ view: "week" }), label: t("appointments.calendar.week") },
          { href: q({ view: "day" }), label: t("appointments.calendar.day") },
        ]}
      />
      <WeekCalendar caption={t("appointments.calendar.caption", { name: who, range: rangeLabel })} columns={columns} events={events} blocks={blocks} />
    </div>
  );
}
