import { TZDate, tz } from "@date-fns/tz";
import { addDays, format, startOfDay, startOfWeek } from "date-fns";

/**
 * The general (slow) path of lib/time.ts: every conversion through @date-fns/tz's zone rules for
 * Asia/Shanghai. lib/time.ts answers instants from 1992 on with a fixed +08:00 offset (the zone has
 * had no daylight saving since 1991) and falls back to these for anything earlier; the tests check
 * that both agree. Import lib/time.ts, not this file.
 */
export const ZONE = "Asia/Shanghai";
const inZone = tz(ZONE);
export const WEEKDAYS = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"] as const;

function local(d: Date): TZDate {
  return new TZDate(d.getTime(), ZONE);
}

export const zoned = {
  formatDate(d: Date): string {
    const l = local(d);
    return `${format(l, "yyyy年M月d日")} ${WEEKDAYS[l.getDay()]}`;
  },
  formatShortDate(d: Date): string {
    const l = local(d);
    return `${format(l, "M月d日")} ${WEEKDAYS[l.getDay()]}`;
  },
  formatTime(d: Date): string {
    return format(local(d), "HH:mm");
  },
  weekdayName(d: Date): string {
    return WEEKDAYS[local(d).getDay()];
  },
  toIsoLocal(d: Date): string {
    return format(local(d), "yyyy-MM-dd'T'HH:mm:ssXXX");
  },
  toLocalDate(d: Date): string {
    return format(local(d), "yyyy-MM-dd");
  },
  toLocalInput(d: Date): string {
    return format(local(d), "yyyy-MM-dd'T'HH:mm");
  },
  /** Local wall-clock parts (month 1–12) as an instant. */
  fromParts(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): Date {
    return new Date(new TZDate(y, mo - 1, d, h, mi, s, ZONE).getTime());
  },
  startOfLocalDay(d: Date): Date {
    return new Date(startOfDay(d, { in: inZone }).getTime());
  },
  startOfLocalWeek(d: Date): Date {
    return new Date(startOfWeek(d, { weekStartsOn: 1, in: inZone }).getTime());
  },
  addLocalDays(d: Date, days: number): Date {
    return new Date(addDays(d, days, { in: inZone }).getTime());
  },
  localClock(d: Date): { weekday: number; minute: number } {
    const l = local(d);
    return { weekday: l.getDay(), minute: l.getHours() * 60 + l.getMinutes() };
  },
};
