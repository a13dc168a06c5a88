import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { reservations } from "@/db/schema";
import { reserveSeries, weeklyOccurrences } from "./reserve-series";
import { reserveRoom } from "./reserve-room";
import { codeOf, errorOf, local, roomsWorld, type RoomsWorld } from "./test-fixtures";
import { toIsoLocal } from "../time";

let w: RoomsWorld;
beforeEach(async () => {
  w = await roomsWorld();
});

const first = (roomId: number) => ({ roomId, startAt: local("2026-12-02 14:00"), endAt: local("2026-12-02 16:00"), purpose: "activity" as const, title: "青少年沙盘小组" });

describe("reserveSeries", () => {
  it("stores each weekly occurrence with one series id", () => {
    const r = reserveSeries(w.ctx(w.teacher), { ...first(w.room("sandplay")), count: 4 });
    expect(r.created).toHaveLength(4);
    expect(new Set(r.created.map((c) => c.seriesId)).size).toBe(1);
    expect(r.created.map((c) => toIsoLocal(c.startAt))).toEqual(["2026-12-02T14:00:00+08:00", "2026-12-09T14:00:00+08:00", "2026-12-16T14:00:00+08:00", "2026-12-23T14:00:00+08:00"]);
  });

  it("repeats until a local date, inclusive", () => {
    expect(weeklyOccurrences(local("2026-12-02 14:00"), local("2026-12-02 16:00"), { until: "2026-12-16" })).toHaveLength(3);
    expect(weeklyOccurrences(local("2026-12-02 14:00"), local("2026-12-02 16:00"), { until: "2026-12-15" })).toHaveLength(2);
    expect(codeOf(() => weeklyOccurrences(local("2026-12-02 14:00"), local("2026-12-02 16:00"), { until: "2026-12-01" }))).toBe("validation");
    expect(codeOf(() => weeklyOccurrences(local("2026-12-02 14:00"), local("2026-12-02 16:00"), { until: "2028-12-01" }))).toBe("validation");
  });

  it("reports the conflicting week before saving, and saves nothing", () => {
    const sandplay = w.room("sandplay");
    reserveRoom(w.ctx(w.counselor), { roomId: sandplay, startAt: local("2026-12-16 15:00"), endAt: local("2026-12-16 16:00") });
    const e = errorOf(() => reserveSeries(w.ctx(w.teacher), { ...first(sandplay), count: 4 }));
    expect(e.code).toBe("conflict");
    expect(Object.keys(e.fieldErrors ?? {})).toEqual(["occurrences.2"]);
    expect(e.fieldErrors?.["occurrences.2"][0]).toContain("12月16日");
    expect(w.rowCount(sandplay)).toBe(1);
  });

  it("only reports on a dry run", () => {
    const sandplay = w.room("sandplay");
    reserveRoom(w.ctx(w.counselor), { roomId: sandplay, startAt: local("2026-12-09 15:00"), endAt: local("2026-12-09 16:00") });
    const r = reserveSeries(w.ctx(w.teacher), { ...first(sandplay), count: 3, dryRun: true });
    expect(r.dryRun).toBe(true);
    expect(r.occurrences.map((o) => o.problem?.code ?? null)).toEqual([null, "taken", null]);
    expect(w.rowCount(sandplay)).toBe(1);
  });

  it("skips the conflicting weeks when asked, saving the rest", () => {
    const sandplay = w.room("sandplay");
    reserveRoom(w.ctx(w.counselor), { roomId: sandplay, startAt: local("2026-12-09 15:00"), endAt: local("2026-12-09 16:00") });
    const r = reserveSeries(w.ctx(w.teacher), { ...first(sandplay), count: 3, skipConflicts: true });
    expect(r.created).toHaveLength(2);
    expect(r.occurrences[1].problem?.code).toBe("taken");
    expect(w.rowCount(sandplay)).toBe(3);
  });

  it("refuses outright what no week could accept (422), and residents (403)", () => {
    expect(codeOf(() => reserveSeries(w.ctx(w.teacher), { ...first(w.room("sandplay")), startAt: local("2026-12-02 17:00"), endAt: local("2026-12-02 18:00"), count: 3 }))).toBe("validation");
    expect(codeOf(() => reserveSeries(w.ctx(w.resident), { ...first(w.room("sleep")), endAt: local("2026-12-02 15:00"), count: 2 }))).toBe("forbidden");
  });

  it("returns the same series for a repeated submit", () => {
    const input = { ...first(w.room("sandplay")), count: 3, requestKey: "series-key-0001" };
    const a = reserveSeries(w.ctx(w.teacher), input);
    const b = reserveSeries(w.ctx(w.teacher), input);
    expect(b.replayed).toBe(true);
    expect(b.seriesId).toBe(a.seriesId);
    expect(w.db.select().from(reservations).where(eq(reservations.seriesId, a.seriesId!)).all()).toHaveLength(3);
  });
});
