import { TZDate, tz } from "@date-fns/tz";
import { addDays, format, startOfDay, startOfWeek } from "date-fns";

/**
 * The one module that turns instants into the centre's local time (Asia/Shanghai) and back, for
 * every surface — pages, API, exports, notifications, feeds — whatever the server's own TZ is.
 */
export const CENTRE_TZ = "Asia/Shanghai";
const inCentre = tz(CENTRE_TZ);
const WEEKDAYS = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"] as const;

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:\d{2})$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

function local(d: Date): TZDate {
  return new TZDate(d.getTime(), CENTRE_TZ);
}

/** "2026年11月30日 周一" */
export function formatDate(d: Date): string {
  const l = local(d);
  return `${format(l, "yyyy年M月d日")} ${WEEKDAYS[l.getDay()]}`;
}

/** "11月30日 周一" */
export function formatShortDate(d: Date): string {
  const l = local(d);
  return `${format(l, "M月d日")} ${WEEKDAYS[l.getDay()]}`;
}

/** "14:30" */
export function formatTime(d: Date): string {
  return format(local(d), "HH:mm");
}

/** "2026年11月30日 周一 14:30" */
export function formatDateTime(d: Date): string {
  return `${formatDate(d)} ${formatTime(d)}`;
}

export function weekdayName(d: Date): string {
  return WEEKDAYS[local(d).getDay()];
}

/** ISO 8601 with the centre's +08:00 offset, as every API response carries. */
export function toIsoLocal(d: Date): string {
  return format(local(d), "yyyy-MM-dd'T'HH:mm:ssXXX");
}

/** "2026-11-30": the centre's calendar date of an instant. */
export function toLocalDate(d: Date): string {
  return format(local(d), "yyyy-MM-dd");
}

/** "2026-11-30T14:30": the value of an <input type="datetime-local"> in centre time. */
export function toLocalInput(d: Date): string {
  return format(local(d), "yyyy-MM-dd'T'HH:mm");
}

function validParts(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

/** Parses an ISO instant that carries an explicit offset or Z; a time without one is refused. */
export function parseIsoInstant(value: string): Date | null {
  const m = ISO_WITH_OFFSET.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number);
  if (!validParts(y, mo, d, h, mi, s || 0)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A centre-local wall-clock time ("2026-11-30T14:30" or "2026-11-30 14:30") as an instant. */
export function parseLocalDateTime(value: string): Date | null {
  const m = LOCAL_DATE_TIME.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map((x) => Number(x ?? 0));
  if (!validParts(y, mo, d, h, mi, s)) return null;
  return new Date(new TZDate(y, mo - 1, d, h, mi, s, CENTRE_TZ).getTime());
}

/** The instant at which a centre-local date ("2026-11-30") begins. */
export function parseLocalDate(value: string): Date | null {
  const m = LOCAL_DATE.exec(value);
  if (!m) return null;
  const [, y, mo, d] = m.map(Number);
  if (!validParts(y, mo, d)) return null;
  return new Date(new TZDate(y, mo - 1, d, CENTRE_TZ).getTime());
}

/** [start, end) instants of an inclusive local date range, as `?from&to` query strings mean. */
export function localDateRange(from: string, to: string): { start: Date; end: Date } | null {
  const start = parseLocalDate(from);
  const last = parseLocalDate(to);
  if (!start || !last || last < start) return null;
  return { start, end: addLocalDays(last, 1) };
}

export function startOfLocalDay(d: Date): Date {
  return new Date(startOfDay(d, { in: inCentre }).getTime());
}

/** Monday 00:00 of the centre-local week containing d. */
export function startOfLocalWeek(d: Date): Date {
  return new Date(startOfWeek(d, { weekStartsOn: 1, in: inCentre }).getTime());
}

/** Adds calendar days in centre time (safe across any DST of the server's zone). */
export function addLocalDays(d: Date, days: number): Date {
  return new Date(addDays(d, days, { in: inCentre }).getTime());
}

/** Minutes since local midnight, and the local weekday (0 = Sunday). */
export function localClock(d: Date): { weekday: number; minute: number } {
  const l = local(d);
  return { weekday: l.getDay(), minute: l.getHours() * 60 + l.getMinutes() };
}

/** "上午好" / "下午好" / "晚上好" for the home page greeting. */
export function greeting(d: Date): string {
  const { minute } = localClock(d);
  if (minute < 11 * 60) return "上午好";
  if (minute < 13 * 60) return "中午好";
  if (minute < 18 * 60) return "下午好";
  return "晚上好";
}
