// The steps of booking a session, shared by the resident portal and the staff desk: choose a
// service, then a counsellor (or 订单式), then a day and a free time. Each choice is a link, so
// every step has its own URL and works on any phone; the page builds the hrefs.
import Link from "next/link";
import clsx from "clsx";
import { EmptyState } from "@/app/_components/empty-state";
import { Icon } from "@/app/_components/icon";
import { t } from "@/lib/i18n/messages";
import { addLocalDays, formatShortDate, formatTime, toIsoLocal, toLocalDate, weekdayName } from "@/lib/time";
import { CounselorCard, type CounselorCardData } from "./counselor-card";

export function ServiceChoice({ services }: { services: { id: number; name: string; description: string | null; durationMinutes: number; href: string }[] }) {
  return (
    <section aria-labelledby="step-service" className="space-y-3">
      <h2 id="step-service" className="text-xl font-semibold">
        {t("appointments.book.stepService")}
      </h2>
      <ul className="space-y-3">
        {services.map((s) => (
          <li key={s.id}>
            <Link href={s.href} className="flex min-h-20 items-center gap-4 rounded-xl border border-stone-200 bg-white px-4 py-3 shadow-sm hover:border-teal-400 hover:bg-teal-50">
              <span className="min-w-0 flex-1">
                <span className="block text-lg font-semibold text-stone-900">{s.name}</span>
                <span className="block text-base text-stone-600">{t("appointments.book.minutes", { minutes: s.durationMinutes })}</span>
                {s.description ? <span className="block text-sm text-stone-600">{s.description}</span> : null}
              </span>
              <Icon name="chevronRight" className="size-6 shrink-0 text-stone-500" />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function CounselorChoice({ counselors, orderHref }: { counselors: (CounselorCardData & { href: string })[]; orderHref: string }) {
  return (
    <div className="space-y-6">
      <section aria-labelledby="step-order" className="space-y-3">
        <h2 id="step-order" className="text-xl font-semibold">
          {t("appointments.book.orderTitle")}
        </h2>
        <Link href={orderHref} className="flex min-h-20 items-center gap-4 rounded-xl border border-teal-300 bg-teal-50 px-4 py-3 shadow-sm hover:border-teal-500">
          <Icon name="clipboard" className="size-7 shrink-0 text-teal-800" />
          <span className="min-w-0 flex-1">
            <span className="block text-lg font-semibold text-teal-950">{t("appointments.book.orderLink")}</span>
            <span className="block text-base text-teal-900">{t("appointments.book.orderLead")}</span>
          </span>
          <Icon name="chevronRight" className="size-6 shrink-0 text-teal-800" />
        </Link>
      </section>
      <section aria-labelledby="step-counselor" className="space-y-3">
        <h2 id="step-counselor" className="text-xl font-semibold">
          {t("appointments.book.stepCounselor")}
        </h2>
        {counselors.length ? (
          <ul className="space-y-3">
            {counselors.map((c) => (
              <li key={c.id}>
                <CounselorCard c={c} href={c.href} />
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title={t("appointments.book.noCounselors")} />
        )}
      </section>
    </div>
  );
}

export interface DayOption {
  key: string;
  label: string;
  sublabel: string;
  count: number;
  href: string;
  current: boolean;
}

export interface SlotOption {
  key: string;
  label: string;
  ariaLabel: string;
  href: string;
  current?: boolean;
}

export function DayAndSlots({ days, slots, dayLabel }: { days: DayOption[]; slots: SlotOption[]; dayLabel: string | null }) {
  if (!days.some((d) => d.count > 0)) return <EmptyState icon="calendar" title={t("appointments.book.noSlots")} description={t("appointments.book.noSlotsLead")} />;
  return (
    <div className="space-y-6">
      <nav aria-labelledby="step-day">
        <h2 id="step-day" className="mb-3 text-xl font-semibold">
          {t("appointments.book.stepDay")}
        </h2>
        <ul className="grid grid-cols-3 gap-2 sm:grid-cols-4">
          {days
            .filter((d) => d.count > 0)
            .map((d) => (
              <li key={d.key}>
                <Link
                  href={d.href}
                  aria-current={d.current ? "date" : undefined}
                  className={clsx(
                    "flex min-h-16 flex-col items-center justify-center rounded-lg border px-2 py-1 text-center",
                    d.current ? "border-teal-700 bg-teal-700 text-white" : "border-stone-300 bg-white text-stone-900 hover:border-teal-400 hover:bg-teal-50",
                  )}
                >
                  <span className="font-semibold">{d.label}</span>
                  <span className="text-sm">{d.sublabel}</span>
                </Link>
              </li>
            ))}
        </ul>
      </nav>
      {dayLabel ? (
        <section aria-labelledby="step-time" className="space-y-3">
          <h2 id="step-time" className="text-xl font-semibold">
            {t("appointments.book.stepTime", { day: dayLabel })}
          </h2>
          <ul className="grid grid-cols-2 gap-3">
            {slots.map((s) => (
              <li key={s.key}>
                <Link
                  href={s.href}
                  aria-label={s.ariaLabel}
                  aria-current={s.current ? "true" : undefined}
                  className={clsx(
                    "flex min-h-14 items-center justify-center rounded-lg border text-lg font-medium tabular-nums",
                    s.current ? "border-teal-700 bg-teal-700 text-white" : "border-stone-300 bg-white text-stone-900 hover:border-teal-400 hover:bg-teal-50",
                  )}
                >
                  {s.label}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/**
 * Day buttons (the next `dayCount` days, each with its number of free times) and the chosen day's
 * times, from a counsellor's free slots. The first day with a free time is chosen by default.
 */
export function dayAndSlotOptions(
  slots: readonly { startAt: Date; endAt: Date }[],
  firstDay: Date,
  dayCount: number,
  opts: { selectedDate?: string; selectedStart?: string; dayHref: (date: string) => string; slotHref: (date: string, startIso: string) => string },
): { days: DayOption[]; slots: SlotOption[]; dayLabel: string | null } {
  const byDay = new Map<string, { startAt: Date; endAt: Date }[]>();
  for (const s of slots) {
    const key = toLocalDate(s.startAt);
    if (!byDay.get(key)?.some((x) => x.startAt.getTime() === s.startAt.getTime())) byDay.set(key, [...(byDay.get(key) ?? []), s]);
  }
  const keys = Array.from({ length: dayCount }, (_, i) => addLocalDays(firstDay, i));
  const firstWithSlots = keys.map(toLocalDate).find((k) => byDay.has(k));
  const selected = opts.selectedDate && byDay.has(opts.selectedDate) ? opts.selectedDate : firstWithSlots;
  const days: DayOption[] = keys.map((d) => {
    const key = toLocalDate(d);
    return { key, label: weekdayName(d), sublabel: formatShortDate(d).split(" ")[0], count: byDay.get(key)?.length ?? 0, href: opts.dayHref(key), current: key === selected };
  });
  const chosen = selected ? (byDay.get(selected) ?? []) : [];
  const dayLabel = selected ? formatShortDate(chosen[0]?.startAt ?? firstDay) : null;
  return {
    days,
    slots: chosen.map((s) => {
      const iso = toIsoLocal(s.startAt);
      return {
        key: iso,
        label: `${formatTime(s.startAt)}–${formatTime(s.endAt)}`,
        ariaLabel: t("appointments.book.slotAria", { day: formatShortDate(s.startAt), from: formatTime(s.startAt), to: formatTime(s.endAt) }),
        href: opts.slotHref(selected!, iso),
        current: opts.selectedStart === iso,
      };
    }),
    dayLabel,
  };
}
