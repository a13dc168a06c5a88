import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../zod";
import { addBlackoutSchema, dateRangeQuerySchema, reserveRoomSchema, reserveSeriesSchema } from "./schemas";

const base = { roomId: 1, startAt: "2026-12-01T10:00:00+08:00", endAt: "2026-12-01T11:00:00+08:00" };

function errors(r: ReturnType<typeof reserveRoomSchema.safeParse>) {
  return r.success ? {} : fieldErrorsOf(r.error);
}

describe("rooms schemas", () => {
  it("accepts any explicit offset and Z", () => {
    const r = reserveRoomSchema.safeParse({ ...base, startAt: "2026-12-01T02:00:00Z", endAt: "2026-12-01T12:00:00+09:00" });
    expect(r.success).toBe(true);
  });

  it("refuses a time without an offset, with a Chinese message on the field", () => {
    const e = errors(reserveRoomSchema.safeParse({ ...base, startAt: "2026-12-01T10:00:00" }));
    expect(e.startAt[0]).toContain("时区");
  });

  it("refuses end before start on the endAt field", () => {
    expect(errors(reserveRoomSchema.safeParse({ ...base, endAt: "2026-12-01T09:00:00+08:00" })).endAt[0]).toBe("结束时间必须晚于开始时间。");
  });

  it("refuses unknown fields (no residentId, status or bookedBy smuggling)", () => {
    for (const extra of [{ residentId: 2 }, { status: "confirmed" }, { bookedBy: 1 }]) {
      expect(Object.keys(errors(reserveRoomSchema.safeParse({ ...base, ...extra })))).toEqual([Object.keys(extra)[0]]);
    }
  });

  it("wants exactly one of count and until for a series", () => {
    expect(reserveSeriesSchema.safeParse({ ...base }).success).toBe(false);
    expect(reserveSeriesSchema.safeParse({ ...base, count: 3, until: "2026-12-31" }).success).toBe(false);
    expect(reserveSeriesSchema.safeParse({ ...base, count: 53 }).success).toBe(false);
    expect(reserveSeriesSchema.safeParse({ ...base, until: "2026-12-31" }).success).toBe(true);
  });

  it("needs a reason for a blackout and bounds date ranges", () => {
    expect(addBlackoutSchema.safeParse({ startAt: base.startAt, endAt: base.endAt, reason: " " }).success).toBe(false);
    expect(dateRangeQuerySchema.safeParse({ from: "2026-12-01", to: "2026-11-30" }).success).toBe(false);
    expect(dateRangeQuerySchema.safeParse({ from: "2026-12-01", to: "2027-03-01" }).success).toBe(false);
    expect(dateRangeQuerySchema.safeParse({ from: "2026-12-01", to: "2026-12-07" }).success).toBe(true);
  });
});
