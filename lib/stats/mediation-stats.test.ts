import { beforeAll, describe, expect, it } from "vitest";
import { mediationCases, type MediationDisputeType, type MediationStatus } from "@/db/schema";
import { mediationPeriodStats } from "./mediation-stats";
import { local, NOV, OCT, statsWorld, type StatsWorld } from "./test-fixtures";

let w: StatsWorld;
let seq = 0;

function kase(type: MediationDisputeType, status: MediationStatus, created: string, accepted?: string, closed?: string) {
  seq++;
  w.db
    .insert(mediationCases)
    .values({
      caseNo: `(2026)安康人调字第${String(seq).padStart(4, "0")}号`,
      year: 2026,
      seq,
      source: "application",
      disputeType: type,
      summary: "纠纷",
      riskColor: "green",
      status,
      acceptedAt: accepted ? local(accepted) : null,
      closedAt: closed ? local(closed) : null,
      createdBy: w.mediator.userId,
      createdAt: local(created),
    })
    .run();
}

beforeAll(async () => {
  w = await statsWorld();
  // October: registered and accepted, closed in November after 20 days (in October's cohort, November's "closed").
  kase("neighbour", "closed", "2026-10-20 09:00", "2026-10-22 09:00", "2026-11-11 09:00");
  // November.
  kase("neighbour", "closed", "2026-11-02 09:00", "2026-11-03 09:00", "2026-11-13 09:00"); // 10 days
  kase("neighbour", "in_mediation", "2026-11-04 09:00", "2026-11-05 09:00");
  kase("marriage_family", "archived", "2026-11-06 09:00", "2026-11-06 12:00", "2026-11-12 12:00"); // 6 days
  kase("marriage_family", "rejected", "2026-11-07 09:00");
  kase("debt", "accepted", "2026-11-30 23:00", "2026-11-30 23:30");
  kase("labour", "registered", "2026-12-01 00:30"); // December
});

describe("mediation statistics", () => {
  it("counts November's cases opened, closed and the closure rate of its accepted cohort, by dispute type", () => {
    const s = mediationPeriodStats(w.db, NOV);
    expect(s).toMatchObject({ opened: 5, accepted: 4, concluded: 2, closed: 3, closureRate: 0.5, medianDaysToClose: 8 });
    const byType = Object.fromEntries(s.byDisputeType.map((d) => [d.disputeType, d]));
    expect(byType.neighbour).toEqual({ disputeType: "neighbour", opened: 2, accepted: 2, concluded: 1, closed: 2, closureRate: 0.5 });
    expect(byType.marriage_family).toEqual({ disputeType: "marriage_family", opened: 2, accepted: 1, concluded: 1, closed: 1, closureRate: 1 });
    expect(byType.debt).toEqual({ disputeType: "debt", opened: 1, accepted: 1, concluded: 0, closed: 0, closureRate: 0 });
    expect(byType.labour).toEqual({ disputeType: "labour", opened: 0, accepted: 0, concluded: 0, closed: 0, closureRate: null });
  });

  it("gives October its own cohort: one accepted, closed since", () => {
    expect(mediationPeriodStats(w.db, OCT)).toMatchObject({ opened: 1, accepted: 1, concluded: 1, closed: 0, closureRate: 1, medianDaysToClose: 20 });
  });
});
