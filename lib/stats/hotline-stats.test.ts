import { beforeAll, describe, expect, it } from "vitest";
import { hotlineCalls, type CallCategory, type CallerKind, type RiskLevel } from "@/db/schema";
import { hotlineStats } from "./hotline-stats";
import { local, NOV, OCT, statsWorld, type StatsWorld } from "./test-fixtures";

let w: StatsWorld;

function call(at: string, o: { kind?: CallerKind; cats?: CallCategory[]; risk?: RiskLevel | null; due?: string; done?: string; draft?: boolean } = {}) {
  w.db
    .insert(hotlineCalls)
    .values({
      status: o.draft ? "draft" : "saved",
      startedAt: local(at),
      operatorId: w.hotline.userId,
      callerKind: o.kind ?? "self",
      categories: o.cats ?? [],
      riskLevel: o.risk === undefined ? "low" : o.risk,
      followUpAt: o.due ? local(o.due) : null,
      followUpDoneAt: o.done ? local(o.done) : null,
      createdAt: local(at),
      updatedAt: local(at),
    })
    .run();
}

beforeAll(async () => {
  w = await statsWorld();
  call("2026-11-02 09:00", { cats: ["emotion", "family"], risk: "medium", due: "2026-11-03 09:00", done: "2026-11-03 08:30" }); // in time
  call("2026-11-05 21:00", { cats: ["crisis", "emotion"], risk: "high", due: "2026-11-06 09:00", done: "2026-11-06 11:00" }); // late
  call("2026-11-09 10:00", { cats: ["crisis"], risk: "imminent", due: "2026-11-09 12:00", done: "2026-11-09 12:00" }); // exactly on time
  call("2026-11-15 15:00", { cats: ["work"], risk: "low", due: "2026-12-02 09:00" }); // not yet done
  call("2026-11-20 15:00", { kind: "hangup", risk: null });
  call("2026-11-30 23:50", { kind: "info", cats: ["other"], risk: "none" });
  call("2026-11-21 10:00", { cats: ["emotion"], draft: true }); // a draft is no call yet
  call("2026-10-31 23:00", { cats: ["study"], risk: "low" }); // October
  call("2026-12-01 00:10", { cats: ["study"], risk: "low" }); // December
});

describe("hotline statistics", () => {
  it("counts November's saved calls by category, risk level and caller kind, and call-backs in time", () => {
    const s = hotlineStats(w.db, NOV);
    expect(s.calls).toBe(6);
    expect(s.byCategory).toEqual({ emotion: 2, family: 1, relationship: 0, study: 0, work: 1, health: 0, crisis: 2, other: 1 });
    expect(s.byRisk).toEqual({ none: 1, low: 1, medium: 1, high: 1, imminent: 1, unassessed: 1 });
    expect(s.byCallerKind).toEqual({ self: 4, other: 0, anonymous: 0, silent: 0, hangup: 1, harassment: 0, info: 1 });
    expect(s.followUps).toEqual({ required: 4, done: 3, doneInTime: 2, inTimeRate: 0.5 });
  });

  it("puts the call at 23:00 on 31 October in October, and has no rate without call-backs", () => {
    const s = hotlineStats(w.db, OCT);
    expect(s.calls).toBe(1);
    expect(s.byCategory.study).toBe(1);
    expect(s.followUps).toEqual({ required: 0, done: 0, doneInTime: 0, inTimeRate: null });
  });
});
