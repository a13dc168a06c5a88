import { describe, expect, it } from "vitest";
import { addDaysToLocalDate, bucketOf, compareDue, computeNextVisitDue, daysBetween, DEFAULT_CADENCE, endOfThisWeek, overdueDays } from "./schedule";

// vitest runs with TZ=America/New_York: every date below is the centre's (Asia/Shanghai) calendar day.
const at = (s: string) => new Date(`${s}+08:00`);

describe("visit schedule arithmetic (centre-local days)", () => {
  it("a person never visited is due on the day they entered care, whatever the colour", () => {
    for (const riskColor of ["red", "yellow", "green"] as const) {
      expect(computeNextVisitDue({ status: "active", riskColor, registeredOn: "2026-11-30", lastVisitAt: null }, DEFAULT_CADENCE)).toBe("2026-11-30");
    }
  });

  it("is due the cadence of the current colour after the local date of the last visit", () => {
    const last = at("2026-11-30T09:00:00");
    expect(computeNextVisitDue({ status: "active", riskColor: "red", registeredOn: "2026-11-01", lastVisitAt: last }, DEFAULT_CADENCE)).toBe("2026-12-07");
    expect(computeNextVisitDue({ status: "active", riskColor: "yellow", registeredOn: "2026-11-01", lastVisitAt: last }, DEFAULT_CADENCE)).toBe("2026-12-14");
    expect(computeNextVisitDue({ status: "active", riskColor: "green", registeredOn: "2026-11-01", lastVisitAt: last }, DEFAULT_CADENCE)).toBe("2026-12-30");
  });

  it("counts the visit's day in Shanghai: 23:30 local is that day, although it is another day in UTC and New York", () => {
    const lateEvening = at("2026-11-30T23:30:00"); // 15:30Z, 10:30 in New York — all 30 Nov; and 00:30 local:
    const pastMidnight = at("2026-12-01T00:30:00"); // 16:30Z on 30 Nov, 11:30 in New York on 30 Nov
    expect(computeNextVisitDue({ status: "active", riskColor: "red", registeredOn: "2026-11-01", lastVisitAt: lateEvening }, DEFAULT_CADENCE)).toBe("2026-12-07");
    expect(computeNextVisitDue({ status: "active", riskColor: "red", registeredOn: "2026-11-01", lastVisitAt: pastMidnight }, DEFAULT_CADENCE)).toBe("2026-12-08");
  });

  it("adds whole days across the server zone's DST changes and month and year ends", () => {
    expect(addDaysToLocalDate("2026-03-05", 7)).toBe("2026-03-12"); // US spring-forward on 8 March
    expect(addDaysToLocalDate("2026-10-29", 7)).toBe("2026-11-05"); // US fall-back on 1 November
    expect(addDaysToLocalDate("2026-12-28", 7)).toBe("2027-01-04");
    expect(addDaysToLocalDate("2028-02-15", 14)).toBe("2028-02-29");
    expect(daysBetween("2026-03-01", "2026-03-31")).toBe(30);
    expect(daysBetween("2026-11-30", "2026-11-23")).toBe(-7);
  });

  it("uses the admin's cadence when given", () => {
    expect(computeNextVisitDue({ status: "active", riskColor: "red", registeredOn: "2026-11-01", lastVisitAt: at("2026-11-30T09:00:00") }, { red: 3, yellow: 10, green: 60 })).toBe("2026-12-03");
  });

  it("someone re-entering care after their last visit is due at once, not on the old rhythm", () => {
    expect(computeNextVisitDue({ status: "active", riskColor: "green", registeredOn: "2026-11-30", lastVisitAt: at("2026-01-10T09:00:00") }, DEFAULT_CADENCE)).toBe("2026-11-30");
    // A visit recorded for the day before registering keeps its rhythm.
    expect(computeNextVisitDue({ status: "active", riskColor: "red", registeredOn: "2026-11-30", lastVisitAt: at("2026-11-29T09:00:00") }, DEFAULT_CADENCE)).toBe("2026-12-06");
  });

  it("an exited person is never due", () => {
    expect(computeNextVisitDue({ status: "exited", riskColor: "red", registeredOn: "2026-11-01", lastVisitAt: null }, DEFAULT_CADENCE)).toBeNull();
  });

  it("counts overdue days and buckets a due date into overdue / this week / later", () => {
    expect(overdueDays("2026-11-20", "2026-11-30")).toBe(10);
    expect(overdueDays("2026-11-30", "2026-11-30")).toBe(0);
    expect(overdueDays("2026-12-05", "2026-11-30")).toBe(0);
    expect(overdueDays(null, "2026-11-30")).toBe(0);
    const weekEnd = endOfThisWeek(at("2026-11-30T10:00:00"));
    expect(weekEnd).toBe("2026-12-06");
    expect(endOfThisWeek(at("2026-12-06T23:59:00"))).toBe("2026-12-06");
    expect(endOfThisWeek(at("2026-12-07T00:01:00"))).toBe("2026-12-13");
    expect(bucketOf("2026-11-29", "2026-11-30", weekEnd)).toBe("overdue");
    expect(bucketOf("2026-11-30", "2026-11-30", weekEnd)).toBe("thisWeek");
    expect(bucketOf("2026-12-06", "2026-11-30", weekEnd)).toBe("thisWeek");
    expect(bucketOf("2026-12-07", "2026-11-30", weekEnd)).toBe("later");
  });

  it("orders by overdue days, then colour (red first), then due date", () => {
    const today = "2026-11-30";
    const items = [
      { id: 1, nextVisitDue: "2026-12-03", riskColor: "green" as const },
      { id: 2, nextVisitDue: "2026-11-20", riskColor: "green" as const },
      { id: 3, nextVisitDue: "2026-11-25", riskColor: "red" as const },
      { id: 4, nextVisitDue: "2026-11-20", riskColor: "red" as const },
      { id: 5, nextVisitDue: "2026-12-05", riskColor: "red" as const },
      { id: 6, nextVisitDue: "2026-11-30", riskColor: "yellow" as const },
      { id: 7, nextVisitDue: "2026-12-01", riskColor: "yellow" as const },
    ];
    expect([...items].sort((a, b) => compareDue(a, b, today)).map((i) => i.id)).toEqual([4, 2, 3, 5, 6, 7, 1]);
  });
});
