import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import type { MediationStatus } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { ctxFor } from "../testing/fixtures";
import { createTestDb } from "../testing/test-db";
import { saveAgreement } from "./save-agreement";
import { computeMediationStats, median, mediationStats } from "./stats";
import { codeOf, mediationCast, registerAs } from "./test-helpers";
import { transitionCase } from "./transition-case";

let db: Db;
let cast: Awaited<ReturnType<typeof mediationCast>>;
const DAY = 86_400_000;
// 2026-10-01 00:00 in Beijing.
const oct1 = new Date("2026-09-30T16:00:00Z");
const at = (day: number) => new Date(oct1.getTime() + day * DAY + 2 * 3600_000);

function walk(actor: Actor, registeredDay: number, steps: [MediationStatus, number][]) {
  const { id } = registerAs(db, actor, at(registeredDay));
  for (const [to, day] of steps) {
    if (to === "agreed") saveAgreement(ctxFor(db, actor, at(day)), id, { oral: true, facts: "f", content: "c", signedOn: "2026-10-01" });
    transitionCase(ctxFor(db, actor, at(day)), id, { to, reason: to === "rejected" || to === "failed" ? "原因" : undefined });
  }
  return id;
}

beforeAll(async () => {
  db = createTestDb();
  cast = await mediationCast(db, "st");
  // October: 5 registered, 1 rejected, 4 accepted; 3 of those closed (one archived, one after failing).
  walk(cast.lead, 0, [["accepted", 1], ["in_mediation", 2], ["agreed", 5], ["closed", 11]]); // 10 days
  walk(cast.lead, 2, [["accepted", 3], ["in_mediation", 4], ["agreed", 10], ["closed", 23], ["archived", 25]]); // 20 days
  walk(cast.lead, 3, [["accepted", 4], ["in_mediation", 5], ["failed", 8], ["closed", 10]]); // 6 days
  walk(cast.lead, 4, [["accepted", 6], ["in_mediation", 7]]);
  walk(cast.lead, 5, [["rejected", 6]]);
  // November: accepted in November, not in the October cohort, though registered in October.
  walk(cast.otherMediator, 20, [["accepted", 35], ["in_mediation", 36], ["agreed", 38], ["closed", 40]]);
});

describe("closure rate (办结率)", () => {
  it("equals concluded / accepted for the cases accepted in the period, with the median days to close", () => {
    const october = computeMediationStats(db, { start: oct1, end: new Date(oct1.getTime() + 31 * DAY) });
    expect(october).toEqual({ registered: 6, accepted: 4, concluded: 3, closureRate: 0.75, medianDaysToClose: 10, closedInPeriod: 3 });
    const november = computeMediationStats(db, { start: new Date(oct1.getTime() + 31 * DAY), end: new Date(oct1.getTime() + 61 * DAY) });
    expect(november).toMatchObject({ registered: 0, accepted: 1, concluded: 1, closureRate: 1, medianDaysToClose: 5, closedInPeriod: 1 });
    expect(computeMediationStats(db, { start: new Date("2025-01-01"), end: new Date("2025-02-01") })).toMatchObject({ accepted: 0, closureRate: null, medianDaysToClose: null });
  });

  it("is scoped to the actor's cases for a chosen local-date period", () => {
    expect(mediationStats(ctxFor(db, cast.lead), { from: "2026-10-01", to: "2026-10-31" })).toMatchObject({ accepted: 4, concluded: 3, closureRate: 0.75 });
    expect(mediationStats(ctxFor(db, cast.otherMediator), { from: "2026-10-01", to: "2026-10-31" })).toMatchObject({ registered: 1, accepted: 0, closureRate: null });
    expect(mediationStats(ctxFor(db, cast.admin), { from: "2026-10-01", to: "2026-11-30" })).toMatchObject({ accepted: 5, concluded: 4, closureRate: 0.8 });
    expect(codeOf(() => mediationStats(ctxFor(db, cast.teacher), { from: "2026-10-01", to: "2026-10-31" }))).toBe("forbidden");
  });

  it("takes the median of an even count as the mean of the middle two", () => {
    expect(median([6, 20, 10, 4])).toBe(8);
    expect(median([])).toBeNull();
  });
});
