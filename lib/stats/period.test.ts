import { describe, expect, it } from "vitest";
import { parseLocalDateTime } from "../time";
import { parsePeriod, periodContaining, periodLabel, previousPeriod, recentPeriods } from "./period";
import { monthlyStatsSchema, exportStatsSchema } from "./schemas";

describe("statistics periods", () => {
  it("parses months, quarters and years into local-date ranges", () => {
    expect(parsePeriod("2026-11")).toMatchObject({ kind: "month", from: "2026-11-01", to: "2026-11-30" });
    expect(parsePeriod("2024-02")).toMatchObject({ to: "2024-02-29" });
    expect(parsePeriod("2026-Q4")).toMatchObject({ kind: "quarter", from: "2026-10-01", to: "2026-12-31" });
    expect(parsePeriod("2026")).toMatchObject({ kind: "year", from: "2026-01-01", to: "2026-12-31" });
    // Midnight in the centre, whatever the server's zone.
    expect(parsePeriod("2026-11")!.start.toISOString()).toBe("2026-10-31T16:00:00.000Z");
    expect(parsePeriod("2026-11")!.end.toISOString()).toBe("2026-11-30T16:00:00.000Z");
    for (const bad of ["2026-00", "2026-13", "2026-Q5", "26-11", "2026-1", "1999", "x"]) expect(parsePeriod(bad), bad).toBeNull();
  });

  it("steps back to the previous period across year ends, and names periods in Chinese", () => {
    expect(previousPeriod(parsePeriod("2026-01")!).code).toBe("2025-12");
    expect(previousPeriod(parsePeriod("2026-Q1")!).code).toBe("2025-Q4");
    expect(previousPeriod(parsePeriod("2026")!).code).toBe("2025");
    expect(["2026-11", "2026-Q4", "2026"].map((c) => periodLabel(parsePeriod(c)!))).toEqual(["2026年11月", "2026年第四季度", "2026年"]);
    // 30 Nov 2026 at 20:00 UTC is already 1 December in the centre.
    const late = parseLocalDateTime("2026-12-01T04:00")!;
    expect(periodContaining("month", late).code).toBe("2026-12");
    expect(recentPeriods("quarter", late, 3).map((p) => p.code)).toEqual(["2026-Q4", "2026-Q3", "2026-Q2"]);
  });

  it("accepts only YYYY-MM for the monthly API, and exactly one of month or period for exports", () => {
    expect(monthlyStatsSchema.safeParse({ month: "2026-11" }).success).toBe(true);
    for (const q of [{ month: "2026-13" }, { month: "2026-Q4" }, {}, { month: "2026-11", extra: "1" }]) expect(monthlyStatsSchema.safeParse(q).success, JSON.stringify(q)).toBe(false);
    expect(exportStatsSchema.safeParse({ period: "2026-Q4" }).success).toBe(true);
    expect(exportStatsSchema.safeParse({ month: "2026-11", period: "2026" }).success).toBe(false);
    expect(exportStatsSchema.safeParse({}).success).toBe(false);
  });
});
