import { describe, expect, it } from "vitest";
import { addLocalDays, formatDate, formatDateTime, localDateRange, parseIsoInstant, parseLocalDateTime, startOfLocalWeek, toIsoLocal, toLocalDate } from "./time";

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
