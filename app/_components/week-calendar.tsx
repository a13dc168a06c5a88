// Use for any time grid: a room's or a counsellor's week (columns = 7 days, from weekDayColumns),
// or one day across resources (columns = rooms or counsellors, each event's columnKey = the
// resource's key). Rows are 30-minute steps from startHour to endHour (widened automatically so
// no event is hidden); events are placed by their local start/end (lib/time localClock), coloured
// by tone, and link to their record. Server-rendered; scrolls sideways on phones.
import Link from "next/link";
import type { ReactNode } from "react";
import { useId } from "react";
import clsx from "clsx";
import { t } from "@/lib/i18n/messages";
import { addLocalDays, formatShortDate, formatTime, localClock, toLocalDate, weekdayName } from "@/lib/time";
import { BAR_TONE, SOFT_TONE, type Tone } from "./tone";

export interface CalendarColumn {
  key: string;
  label: string;
  sublabel?: string;
  href?: string;
  /** Marks the column (today, the selected room). */
  highlight?: boolean;
}

export interface CalendarEvent {
  id: string | number;
  columnKey: string;
  start: Date;
  end: Date;
  title: string;
  /** A second line: the room, the counsellor, "已确认" … */
  detail?: string;
  tone?: Tone;
  href?: string;
}

/** Shaded time that cannot be booked (closed hours, blackout), in minutes of the local day. */
export interface CalendarBlock {
  columnKey: string;
  fromMinute: number;
  toMinute: number;
  label?: string;
}

/** The column key of a day column: the centre-local date "2026-11-30". */
export function dayKey(d: Date): string {
  return toLocalDate(d);
}

/** Seven day columns from a week start (startOfLocalWeek), keyed by dayKey, today highlighted. */
export function weekDayColumns(weekStart: Date, options: { today?: Date; days?: number; hrefFor?: (day: Date, key: string) => string } = {}): CalendarColumn[] {
  const todayKey = options.today ? dayKey(options.today) : null;
  return Array.from({ length: options.days ?? 7 }, (_, i) => {
    const day = addLocalDays(weekStart, i);
    const key = dayKey(day);
    return {
      key,
      label: weekdayName(day),
      sublabel: formatShortDate(day).split(" ")[0],
      href: options.hrefFor?.(day, key),
      highlight: key === todayKey,
    };
  });
}

const STEP = 30;

interface Placed {
  event: CalendarEvent;
  from: number;
  to: number;
  lane: number;
  lanes: number;
}

function minutesOf(e: CalendarEvent): { from: number; to: number } {
  const from = localClock(e.start).minute;
  // An event that runs past midnight ends, in its start column, at the end of the day.
  const sameDay = dayKey(e.start) === dayKey(e.end);
  const to = sameDay ? localClock(e.end).minute : 24 * 60;
  return { from, to: Math.max(to, from + 15) };
}

/** Side-by-side lanes for overlapping events of one column. */
function layout(events: CalendarEvent[]): Placed[] {
  const items = events.map((event) => ({ event, ...minutesOf(event) })).sort((a, b) => a.from - b.from || b.to - a.to);
  const out: Placed[] = [];
  let cluster: Placed[] = [];
  let laneEnds: number[] = [];
  let clusterEnd = -1;
  const flush = () => {
    for (const p of cluster) p.lanes = laneEnds.length;
    out.push(...cluster);
    cluster = [];
    laneEnds = [];
  };
  for (const it of items) {
    if (it.from >= clusterEnd) flush();
    let lane = laneEnds.findIndex((end) => end <= it.from);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(it.to);
    } else laneEnds[lane] = it.to;
    cluster.push({ ...it, lane, lanes: 1 });
    clusterEnd = Math.max(clusterEnd, it.to);
  }
  flush();
  return out;
}

interface Props {
  /** Names the grid for screen readers, e.g. "沙盘活动室 11月30日–12月6日 的预约". */
  caption: string;
  columns: readonly CalendarColumn[];
  events: readonly CalendarEvent[];
  blocks?: readonly CalendarBlock[];
  startHour?: number;
  endHour?: number;
  /** Pixel height of one 30-minute row. */
  rowHeight?: number;
  /** Shown under the grid, e.g. a legend of tones. */
  footer?: ReactNode;
}

export function WeekCalendar({ caption, columns, events, blocks = [], startHour = 8, endHour = 20, rowHeight = 28, footer }: Props) {
  const baseId = useId();
  const keys = new Set(columns.map((c) => c.key));
  const visible = events.filter((e) => keys.has(e.columnKey) && e.end > e.start);
  let first = startHour * 60;
  let last = endHour * 60;
  for (const e of visible) {
    const { from, to } = minutesOf(e);
    first = Math.min(first, Math.floor(from / 60) * 60);
    last = Math.max(last, Math.min(24 * 60, Math.ceil(to / 60) * 60));
  }
  const rows = (last - first) / STEP;
  const height = rows * rowHeight;
  const y = (minute: number) => ((Math.min(Math.max(minute, first), last) - first) / STEP) * rowHeight;
  const hours = Array.from({ length: (last - first) / 60 }, (_, i) => first + i * 60);
  const grid = { gridTemplateColumns: `3.5rem repeat(${columns.length}, minmax(7.5rem, 1fr))` };
  const lines = {
    height,
    // A faint line at each half hour, a firmer one at each hour (rows start on the hour).
    backgroundImage: `repeating-linear-gradient(to bottom, transparent 0, transparent ${rowHeight - 1}px, rgb(245 245 244) ${rowHeight - 1}px, rgb(245 245 244) ${rowHeight}px, transparent ${rowHeight}px, transparent ${2 * rowHeight - 1}px, rgb(214 211 209) ${2 * rowHeight - 1}px, rgb(214 211 209) ${2 * rowHeight}px)`,
  };

  return (
    <div>
      <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
        <div className="grid" style={grid}>
          <div className="border-b border-stone-200 bg-stone-50" aria-hidden="true" />
          {columns.map((c, i) => (
            <div key={c.key} id={`${baseId}-col-${i}`} className={clsx("border-b border-s border-stone-200 px-2 py-2 text-center", c.highlight ? "bg-teal-50" : "bg-stone-50")}>
              {c.href ? (
                <Link href={c.href} className="font-medium text-teal-900 hover:underline">
                  {c.label}
                </Link>
              ) : (
                <span className="font-medium text-stone-900">{c.label}</span>
              )}
              {c.sublabel ? <span className="block text-sm text-stone-600">{c.sublabel}</span> : null}
              {c.highlight ? <span className="sr-only">（{t("ui.today")}）</span> : null}
            </div>
          ))}

          <div className="relative" style={{ height }} aria-hidden="true">
            {hours.map((m) => (
              <span key={m} className="absolute end-2 -translate-y-1/2 text-xs text-stone-600 tabular-nums first:translate-y-0.5" style={{ top: y(m) }}>
                {`${String(m / 60).padStart(2, "0")}:00`}
              </span>
            ))}
          </div>

          {columns.map((c, i) => {
            const placed = layout(visible.filter((e) => e.columnKey === c.key));
            return (
              <div key={c.key} role="group" aria-labelledby={`${baseId}-col-${i}`} className={clsx("relative border-s border-stone-200", c.highlight && "bg-teal-50/40")} style={lines}>
                {blocks
                  .filter((b) => b.columnKey === c.key && b.toMinute > first && b.fromMinute < last)
                  .map((b) => (
                    <div
                      key={`${b.fromMinute}-${b.toMinute}`}
                      className="absolute inset-x-0 bg-[repeating-linear-gradient(135deg,rgb(231_229_228)_0,rgb(231_229_228)_4px,transparent_4px,transparent_10px)] bg-stone-100/70"
                      style={{ top: y(b.fromMinute), height: y(b.toMinute) - y(b.fromMinute) }}
                    >
                      <span className="sr-only">
                        {`${String(Math.floor(b.fromMinute / 60)).padStart(2, "0")}:${String(b.fromMinute % 60).padStart(2, "0")}–${String(Math.floor(b.toMinute / 60)).padStart(2, "0")}:${String(b.toMinute % 60).padStart(2, "0")} ${b.label ?? t("ui.calendarUnavailable")}`}
                      </span>
                    </div>
                  ))}
                {placed.length ? (
                  <ul>
                    {placed.map((p) => {
                      const tone = p.event.tone ?? "brand";
                      const top = y(p.from);
                      const style = { top: top + 1, height: Math.max(y(p.to) - top - 2, rowHeight - 4), left: `calc(${(p.lane / p.lanes) * 100}% + 2px)`, width: `calc(${100 / p.lanes}% - 4px)` };
                      const body = (
                        <>
                          <span className="font-semibold tabular-nums">
                            {formatTime(p.event.start)}–{formatTime(p.event.end)}
                          </span>{" "}
                          <span className="font-medium">{p.event.title}</span>
                          {p.event.detail ? <span className="block text-stone-700">{p.event.detail}</span> : null}
                        </>
                      );
                      const cls = clsx("block h-full overflow-hidden rounded-md border border-s-4 px-1.5 py-0.5 text-xs leading-snug", SOFT_TONE[tone], BAR_TONE[tone]);
                      return (
                        <li key={p.event.id} className="absolute" style={style}>
                          {p.event.href ? (
                            <Link href={p.event.href} className={clsx(cls, "hover:brightness-95 hover:ring-1 hover:ring-current")}>
                              {body}
                            </Link>
                          ) : (
                            <div className={cls}>{body}</div>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                ) : null}
              </div>
            );
          })}
        </div>
      </div>
      {visible.length === 0 ? <p className="mt-2 text-sm text-stone-600">{t("ui.calendarNoEvents")}</p> : null}
      {footer ? <div className="mt-3">{footer}</div> : null}
    </div>
  );
}
