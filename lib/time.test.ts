import { describe, expect, it } from "vitest";
import {
  addLocalDays,
  FIXED_OFFSET_FROM,
  formatDate,
  formatDateTime,
  formatShortDate,
  formatTime,
  localClock,
  localDateRange,
  parseIsoInstant,
  parseLocalDate,
  parseLocalDateTime,
  startOfLocalDay,
  startOfLocalWeek,
  toIsoLocal,
  toLocalDate,
  toLocalInput,
  weekdayName,
} from "./time";
import { zoned } from "./time-zoned";

describe("time (Asia/Shanghai, whatever the server TZ)", () => {
  const instant = new Date("2026-11-30T01:30:00Z"); // 09:30 in Shanghai

  it("formats in Chinese with the weekday", () => {
    expect(formatDate(instant)).toBe("2026年11月30日 周一");
    expect(formatDateTime(instant)).toBe("2026年11月30日 周一 09:30");
    expect(formatDate(new Date("2026-11-30T16:30:00Z"))).toBe("2026年12月1日 周二");
  });

  it("writes ISO with +08:00 and reads any explicit offset", () => {
    expect(toIsoLocal(instant)).toBe("2026-11-30T09:30:00+08:00");
    expect(parseIsoInstant("2026-11-30T09:30:00+08:00")?.getTime()).toBe(instant.getTime());
    expect(parseIsoInstant("2026-11-30T01:30:00Z")?.getTime()).toBe(instant.getTime());
    expect(parseIsoInstant("2026-11-29T20:30:00-05:00")?.getTime()).toBe(instant.getTime());
  });

  it("refuses times without an offset and impossible dates", () => {
    expect(parseIsoInstant("2026-11-30T09:30:00")).toBeNull();
    expect(parseIsoInstant("2026-02-30T09:30:00+08:00")).toBeNull();
    expect(parseIsoInstant("2026-11-30T24:00:00+08:00")).toBeNull();
    expect(parseLocalDateTime("2026-13-01T09:00")).toBeNull();
  });

  it("parses local wall-clock input and local date ranges", () => {
    expect(parseLocalDateTime("2026-11-30T09:30")?.getTime()).toBe(instant.getTime());
    const r = localDateRange("2026-11-30", "2026-12-01")!;
    expect(r.start.toISOString()).toBe("2026-11-29T16:00:00.000Z");
    expect(r.end.toISOString()).toBe("2026-12-01T16:00:00.000Z");
    expect(localDateRange("2026-12-02", "2026-12-01")).toBeNull();
  });

  it("computes local days and weeks", () => {
    expect(toLocalDate(new Date("2026-11-29T16:00:00Z"))).toBe("2026-11-30");
    expect(startOfLocalWeek(new Date("2026-12-03T03:00:00Z")).toISOString()).toBe("2026-11-29T16:00:00.000Z");
    expect(toLocalDate(addLocalDays(instant, 7))).toBe("2026-12-07");
  });
});

describe("the fixed +08:00 fast path agrees with the zone rules (lib/time-zoned.ts)", () => {
  const HOUR = 3_600_000;
  const DAY = 24 * HOUR;
  const formatters = ["formatDate", "formatShortDate", "formatTime", "weekdayName", "toIsoLocal", "toLocalDate", "toLocalInput"] as const;
  const fns = { formatDate, formatShortDate, formatTime, weekdayName, toIsoLocal, toLocalDate, toLocalInput };

  /** Deterministic instants: random ones from 1985 to 2100, and every 15 minutes for an hour either side of local midnights at day, week, month and year ends (and the switch in 1991/1992). */
  function instants(): Date[] {
    const out: number[] = [];
    let seed = 12345;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const from = Date.UTC(1985, 0, 1);
    const to = Date.UTC(2100, 0, 1);
    for (let i = 0; i < 1500; i++) out.push(Math.floor(from + rand() * (to - from)));
    const midnights: number[] = [];
    for (const y of [1986, 1991, 1992, 1993, 2000, 2024, 2026, 2027, 2038, 2099]) {
      for (let m = 0; m < 12; m++) {
        midnights.push(Date.UTC(y, m, 1) - 8 * HOUR); // first of the month, local midnight
        midnights.push(Date.UTC(y, m, 15) - 8 * HOUR);
      }
    }
    for (let d = Date.UTC(1991, 11, 20); d < Date.UTC(1992, 0, 15); d += DAY) midnights.push(d - 8 * HOUR);
    for (let d = Date.UTC(2026, 10, 23); d < Date.UTC(2026, 11, 8); d += DAY) midnights.push(d - 8 * HOUR); // two whole weeks
    for (const m of midnights) {
      for (let k = -4; k <= 4; k++) out.push(m + k * 15 * 60_000);
      out.push(m - 1, m + 999, m + DAY - 1, m + 12 * HOUR);
    }
    return out.map((ms) => new Date(ms));
  }

  const all = instants();

  it("formats every instant exactly like @date-fns/tz", () => {
    for (const d of all) {
      for (const name of formatters) expect(fns[name](d), `${name}(${d.toISOString()})`).toBe(zoned[name](d));
      expect(formatDateTime(d)).toBe(`${zoned.formatDate(d)} ${zoned.formatTime(d)}`);
      expect(localClock(d), d.toISOString()).toEqual(zoned.localClock(d));
    }
  });

  it("computes day and week starts and adds days exactly like @date-fns/tz", () => {
    for (const d of all) {
      expect(startOfLocalDay(d).getTime(), d.toISOString()).toBe(zoned.startOfLocalDay(d).getTime());
      expect(startOfLocalWeek(d).getTime(), d.toISOString()).toBe(zoned.startOfLocalWeek(d).getTime());
      for (const n of [1, -1, 7, -7, 28, 31, -365, 0, 1.5]) expect(addLocalDays(d, n).getTime(), `${d.toISOString()} + ${n}`).toBe(zoned.addLocalDays(d, n).getTime());
    }
  });

  it("parses local dates and wall-clock times exactly like @date-fns/tz", () => {
    for (const d of all) {
      const date = zoned.toLocalDate(d);
      const [y, mo, day] = date.split("-").map(Number);
      expect(parseLocalDate(date)?.getTime(), date).toBe(zoned.fromParts(y, mo, day).getTime());
      const input = zoned.toLocalInput(d);
      const [h, mi] = input.slice(11).split(":").map(Number);
      expect(parseLocalDateTime(input)?.getTime(), input).toBe(zoned.fromParts(y, mo, day, h, mi).getTime());
      expect(parseLocalDateTime(`${date} ${input.slice(11)}:07`)?.getTime()).toBe(zoned.fromParts(y, mo, day, h, mi, 7).getTime());
    }
  });

  it("uses the zone rules before 1992 (the summer time of 1986–1991)", () => {
    const summer = new Date("1990-07-01T04:00:00Z"); // 13:00 CDT (+09:00)
    expect(FIXED_OFFSET_FROM).toBe(Date.parse("1992-01-01T00:00:00+08:00"));
    expect(toIsoLocal(summer)).toBe("1990-07-01T13:00:00+09:00");
    expect(formatTime(summer)).toBe("13:00");
    expect(parseLocalDateTime("1990-07-01T13:00")?.toISOString()).toBe("1990-07-01T04:00:00.000Z");
    expect(toIsoLocal(new Date("2026-07-01T04:00:00Z"))).toBe("2026-07-01T12:00:00+08:00");
    expect(() => toIsoLocal(new Date(NaN))).toThrow(RangeError);
  });

  it("gives the same answers whatever the process's TZ is", () => {
    const saved = process.env.TZ;
    const sample = (d: Date) => [toIsoLocal(d), formatDateTime(d), toLocalDate(d), startOfLocalWeek(d).getTime(), startOfLocalDay(d).getTime(), addLocalDays(d, 30).getTime(), parseLocalDateTime(toLocalInput(d))?.getTime(), JSON.stringify(localClock(d))].join("|");
    // From 1992 on (what the app stores). Before, @date-fns/tz resolves a wall-clock time that the
    // 1986–1991 summer time made occur twice using the process zone: a library quirk of the slow path.
    const picks = all.filter((d, i) => i % 20 === 0 && d.getTime() >= FIXED_OFFSET_FROM);
    const answers = new Map<string, string[]>();
    try {
      for (const zone of ["UTC", "America/New_York", "Asia/Shanghai", "Pacific/Chatham", "Europe/London", "Australia/Lord_Howe"]) {
        process.env.TZ = zone;
        answers.set(zone, picks.map(sample));
      }
    } finally {
      process.env.TZ = saved;
    }
    // The process TZ did change what Date's local methods see…
    const distinct = new Set<number>();
    for (const zone of ["UTC", "Pacific/Chatham"]) {
      process.env.TZ = zone;
      distinct.add(new Date(Date.UTC(2026, 0, 1)).getHours());
    }
    process.env.TZ = saved;
    expect(distinct.size).toBe(2);
    // …and not what lib/time answers.
    const reference = answers.get("UTC");
    for (const [zone, got] of answers) expect(got, zone).toEqual(reference);
  });
});
