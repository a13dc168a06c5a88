import { WEEKDAYS, ZONE, zoned } from "./time-zoned";

/**
 * The one module that turns instants into the centre's local time (Asia/Shanghai) and back, for
 * every surface — pages, API, exports, notifications, feeds — whatever the server's own TZ is.
 *
 * Fast path: Asia/Shanghai has kept UTC+08:00 without daylight saving since 1991, so an instant
 * from 1992-01-01 00:00 (local) on is converted with plain arithmetic on UTC fields (~100× faster
 * than going through the zone rules, which matters on pages that format thousands of times).
 * Anything earlier — or an invalid date — goes through @date-fns/tz (lib/time-zoned.ts); the tests
 * check both paths give the same answer.
 */
export const CENTRE_TZ = ZONE;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const OFFSET = 8 * 60 * MINUTE;
/** 1992-01-01T00:00:00+08:00: from here on the centre's offset is a constant +08:00. */
export const FIXED_OFFSET_FROM = Date.UTC(1992, 0, 1) - OFFSET;

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:\d{2})$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Whether the instant (ms) is in the fixed-offset era (false for NaN). */
const fixed = (ms: number) => ms >= FIXED_OFFSET_FROM;

interface Fields {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * Local calendar fields of an instant in the fixed-offset era, by integer arithmetic (the civil
 * calendar from a day count, H. Hinnant's days_from_civil inverse). No Date is built: on the
 * server Next wraps the Date constructor, and a slot list formats thousands of instants.
 */
function fields(ms: number): Fields {
  const t = ms + OFFSET;
  const days = Math.floor(t / DAY);
  const inDay = t - days * DAY;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return {
    year: yoe + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: doy - Math.floor((153 * mp + 2) / 5) + 1,
    weekday: (((days + 4) % 7) + 7) % 7,
    hour: Math.floor(inDay / 3_600_000),
    minute: Math.floor(inDay / MINUTE) % 60,
    second: Math.floor(inDay / 1000) % 60,
  };
}

const p2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const p4 = (n: number) => String(n).padStart(4, "0");
const ymd = (f: Fields) => `${p4(f.year)}-${p2(f.month)}-${p2(f.day)}`;

/** "2026年11月30日 周一" */
export function formatDate(d: Date): string {
  const ms = d.getTime();
  if (!fixed(ms)) return zoned.formatDate(d);
  const f = fields(ms);
  return `${p4(f.year)}年${f.month}月${f.day}日 ${WEEKDAYS[f.weekday]}`;
}

/** "11月30日 周一" */
export function formatShortDate(d: Date): string {
  const ms = d.getTime();
  if (!fixed(ms)) return zoned.formatShortDate(d);
  const f = fields(ms);
  return `${f.month}月${f.day}日 ${WEEKDAYS[f.weekday]}`;
}

/** "14:30" */
export function formatTime(d: Date): string {
  const ms = d.getTime();
  if (!fixed(ms)) return zoned.formatTime(d);
  const f = fields(ms);
  return `${p2(f.hour)}:${p2(f.minute)}`;
}

/** "2026年11月30日 周一 14:30" */
export function formatDateTime(d: Date): string {
  return `${formatDate(d)} ${formatTime(d)}`;
}

export function weekdayName(d: Date): string {
  const ms = d.getTime();
  if (!fixed(ms)) return zoned.weekdayName(d);
  return WEEKDAYS[fields(ms).weekday];
}

/** ISO 8601 with the centre's +08:00 offset, as every API response carries. */
export function toIsoLocal(d: Date): string {
  const ms = d.getTime();
  if (!fixed(ms)) return zoned.toIsoLocal(d);
  const f = fields(ms);
  return `${ymd(f)}T${p2(f.hour)}:${p2(f.minute)}:${p2(f.second)}+08:00`;
}

/** "2026-11-30": the centre's calendar date of an instant. */
export function toLocalDate(d: Date): string {
  const ms = d.getTime();
  if (!fixed(ms)) return zoned.toLocalDate(d);
  return ymd(fields(ms));
}

/** "2026-11-30T14:30": the value of an <input type="datetime-local"> in centre time. */
export function toLocalInput(d: Date): string {
  const ms = d.getTime();
  if (!fixed(ms)) return zoned.toLocalInput(d);
  const f = fields(ms);
  return `${ymd(f)}T${p2(f.hour)}:${p2(f.minute)}`;
}

function validParts(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

/** Validated local wall-clock parts (month 1–12) as an instant. */
function fromLocalParts(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): Date {
  // Date.UTC maps years 0–99 to 1900–1999; those are far outside the fixed era anyway.
  const ms = y >= 100 ? Date.UTC(y, mo - 1, d, h, mi, s) - OFFSET : NaN;
  return fixed(ms) ? new Date(ms) : zoned.fromParts(y, mo, d, h, mi, s);
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
  return fromLocalParts(y, mo, d, h, mi, s);
}

/** The instant at which a centre-local date ("2026-11-30") begins. */
export function parseLocalDate(value: string): Date | null {
  const m = LOCAL_DATE.exec(value);
  if (!m) return null;
  const [, y, mo, d] = m.map(Number);
  if (!validParts(y, mo, d)) return null;
  return fromLocalParts(y, mo, d);
}

/** [start, end) instants of an inclusive local date range, as `?from&to` query strings mean. */
export function localDateRange(from: string, to: string): { start: Date; end: Date } | null {
  const start = parseLocalDate(from);
  const last = parseLocalDate(to);
  if (!start || !last || last < start) return null;
  return { start, end: addLocalDays(last, 1) };
}

/** Local midnight (ms) of an instant in the fixed era. */
function dayStart(ms: number): number {
  const local = ms + OFFSET;
  return local - (((local % DAY) + DAY) % DAY) - OFFSET;
}

export function startOfLocalDay(d: Date): Date {
  const ms = d.getTime();
  if (!fixed(ms)) return zoned.startOfLocalDay(d);
  return new Date(dayStart(ms));
}

/** Monday 00:00 of the centre-local week containing d. */
export function startOfLocalWeek(d: Date): Date {
  const ms = d.getTime();
  if (!fixed(ms)) return zoned.startOfLocalWeek(d);
  const start = dayStart(ms);
  // The start may fall in the last days of 1991: still +08:00 (Shanghai's last DST ended 1991-09-15).
  return new Date(start - ((fields(ms).weekday + 6) % 7) * DAY);
}

/** Adds calendar days in centre time (safe across any DST of the server's zone). */
export function addLocalDays(d: Date, days: number): Date {
  const ms = d.getTime();
  const out = ms + days * DAY;
  if (!Number.isInteger(days) || !fixed(ms) || !fixed(out)) return zoned.addLocalDays(d, days);
  return new Date(out);
}

/** Minutes since local midnight, and the local weekday (0 = Sunday). */
export function localClock(d: Date): { weekday: number; minute: number } {
  const ms = d.getTime();
  if (!fixed(ms)) return zoned.localClock(d);
  const f = fields(ms);
  return { weekday: f.weekday, minute: f.hour * 60 + f.minute };
}

/** "上午好" / "下午好" / "晚上好" for the home page greeting. */
export function greeting(d: Date): string {
  const { minute } = localClock(d);
  if (minute < 11 * 60) return "上午好";
  if (minute < 13 * 60) return "中午好";
  if (minute < 18 * 60) return "下午好";
  return "晚上好";
}
