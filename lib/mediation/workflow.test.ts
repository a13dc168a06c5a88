import { describe, expect, it } from "vitest";
import { MEDIATION_STATUSES } from "@/db/schema";
import { addDaysToDate, currentDeadline, daysUntil, deadlineState, followUpDueAfterAgreement, judicialConfirmationEnd, settlementDeadline } from "./deadlines";
import { formatAgreementNo, formatCaseNo, localYear } from "./case-number";
import { canTransition, nextStatuses, TRANSITIONS } from "./workflow";

describe("workflow", () => {
  it("allows exactly the statutory steps", () => {
    const allowed = MEDIATION_STATUSES.flatMap((from) => TRANSITIONS[from].map((to) => `${from}→${to}`));
    expect(allowed.sort()).toEqual(
      [
        "registered→accepted",
        "registered→rejected",
        "accepted→in_mediation",
        "accepted→failed",
        "rejected→archived",
        "in_mediation→agreed",
        "in_mediation→failed",
        "agreed→judicial_confirmation",
        "agreed→closed",
        "failed→closed",
        "judicial_confirmation→closed",
        "closed→archived",
      ].sort(),
    );
  });

  it("refuses skipping, going back and leaving the archive", () => {
    expect(canTransition("registered", "agreed")).toBe(false);
    expect(canTransition("registered", "closed")).toBe(false);
    expect(canTransition("agreed", "in_mediation")).toBe(false);
    expect(canTransition("closed", "in_mediation")).toBe(false);
    expect(canTransition("rejected", "accepted")).toBe(false);
    expect(nextStatuses("archived")).toEqual([]);
    for (const s of MEDIATION_STATUSES) expect(canTransition(s, s)).toBe(false);
  });
});

describe("case numbers", () => {
  it("formats (YYYY)安康人调字第NNNN号 and the matching agreement number", () => {
    expect(formatCaseNo(2026, 7)).toBe("(2026)安康人调字第0007号");
    expect(formatCaseNo(2026, 12345)).toBe("(2026)安康人调字第12345号");
    expect(formatAgreementNo(2026, 7)).toBe("(2026)安康人调协字第0007号");
  });

  it("takes the year in Beijing time, whatever the server's zone", () => {
    expect(localYear(new Date("2026-12-31T15:59:59Z"))).toBe(2026);
    expect(localYear(new Date("2026-12-31T16:00:00Z"))).toBe(2027);
  });
});

describe("deadlines", () => {
  it("gives one calendar month from acceptance in centre time", () => {
    expect(settlementDeadline(new Date("2026-11-05T02:00:00Z"))).toBe("2026-12-05");
    // 23:30 on 31 Jan in Beijing is still 31 Jan locally, though 15:30 UTC.
    expect(settlementDeadline(new Date("2026-01-31T15:30:00Z"))).toBe("2026-02-28");
    expect(settlementDeadline(new Date("2028-01-31T02:00:00Z"))).toBe("2028-02-29");
    // Accepted at 00:30 Beijing on 1 Dec = 16:30 UTC on 30 Nov.
    expect(settlementDeadline(new Date("2026-11-30T16:30:00Z"))).toBe("2027-01-01");
  });

  it("counts calendar days and flags near (≤ 5 days) and overdue", () => {
    expect(daysUntil("2026-12-05", "2026-11-30")).toBe(5);
    expect(addDaysToDate("2026-12-28", 5)).toBe("2027-01-02");
    expect(deadlineState("2026-12-06", "2026-11-30")).toBe("ok");
    expect(deadlineState("2026-12-05", "2026-11-30")).toBe("near");
    expect(deadlineState("2026-11-30", "2026-11-30")).toBe("near");
    expect(deadlineState("2026-11-29", "2026-11-30")).toBe("overdue");
  });

  it("runs the settlement deadline (extension first) only while the case is being mediated", () => {
    const base = { deadlineOn: "2026-12-01", extendedDeadlineOn: null, followUpDueOn: null };
    expect(currentDeadline({ ...base, status: "in_mediation" }, "2026-11-30")).toMatchObject({ kind: "settlement", dueOn: "2026-12-01", state: "near", days: 1 });
    expect(currentDeadline({ ...base, extendedDeadlineOn: "2026-12-31", status: "accepted" }, "2026-11-30")).toMatchObject({ dueOn: "2026-12-31", state: "ok" });
    expect(currentDeadline({ ...base, status: "closed" }, "2026-11-30")).toBeNull();
    expect(currentDeadline({ ...base, status: "agreed", followUpDueOn: "2026-11-20" }, "2026-11-30")).toMatchObject({ kind: "follow_up", state: "overdue", days: -10 });
  });

  it("gives 30 days for judicial confirmation and a follow-up after the performance deadline", () => {
    expect(judicialConfirmationEnd("2026-11-15")).toBe("2026-12-15");
    expect(followUpDueAfterAgreement({ signedOn: "2026-11-01", performanceDeadlineOn: "2026-11-20" })).toBe("2026-12-05");
    expect(followUpDueAfterAgreement({ signedOn: "2026-11-01", performanceDeadlineOn: null })).toBe("2026-11-16");
  });
});
