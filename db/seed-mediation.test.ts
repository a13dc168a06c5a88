import { describe, expect, it } from "vitest";
import { asc } from "drizzle-orm";
import { resolveSession } from "@/lib/auth/sessions";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { casesNeedingAttention, getCaseDetail, listCases } from "@/lib/mediation/queries";
import { computeMediationStats } from "@/lib/mediation/stats";
import { ctxFor } from "@/lib/testing/fixtures";
import { createTestDb } from "@/lib/testing/test-db";
import { MEDIATION_STATUSES, mediationCases } from "./schema";
import { seedDemo } from "./seed";
import { DEMO_PASSWORD } from "./seed-data";
import { seedMediation } from "./seed-mediation";

const NOW = new Date("2026-11-30T02:00:00Z");

async function actorOf(db: ReturnType<typeof createTestDb>, username: string) {
  const { session } = await signInWithPassword({ db, now: NOW }, { username, password: DEMO_PASSWORD }, "api");
  return resolveSession(db, { token: session.token! }, NOW)!;
}

describe("mediation demo data", () => {
  // 26 seeded cases, and the one a demo hotline call referred (db/seed-referrals.ts).
  it("holds 27 cases of the last three months in every state, numbered without gaps, some near and some past a deadline", async () => {
    const db = createTestDb();
    await seedDemo(db, NOW);
    const rows = db.select().from(mediationCases).orderBy(asc(mediationCases.seq)).all();
    expect(rows).toHaveLength(27);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(MEDIATION_STATUSES));
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    expect(rows.every((r) => r.createdAt <= NOW && NOW.getTime() - r.createdAt.getTime() <= 92 * 86_400_000)).toBe(true);
    // Numbers follow registration order.
    expect([...rows].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).map((r) => r.seq)).toEqual(rows.map((r) => r.seq));

    const admin = await actorOf(db, "admin");
    const all = listCases(ctxFor(db, admin, NOW), { limit: 200 }).items;
    const states = all.map((c) => c.deadline?.state);
    expect(states).toContain("near");
    expect(states).toContain("overdue");
    expect(all.filter((c) => c.deadline?.kind === "settlement" && c.deadline.state === "overdue").length).toBeGreaterThanOrEqual(1);

    const mediator = await actorOf(db, "mediator");
    const counselor = await actorOf(db, "counselor");
    const mine = listCases(ctxFor(db, mediator, NOW), {}).items;
    expect(mine.length).toBeGreaterThanOrEqual(8);
    expect(listCases(ctxFor(db, counselor, NOW), {}).items.length).toBeGreaterThanOrEqual(8);
    expect(casesNeedingAttention(ctxFor(db, mediator, NOW)).total).toBeGreaterThanOrEqual(2);

    // Every case file reads back whole for its lead, with agreements and follow-ups where the state needs them.
    for (const c of mine) {
      const d = getCaseDetail(ctxFor(db, mediator, NOW), c.id);
      if (["agreed", "judicial_confirmation"].includes(d.status)) expect(d.agreement).not.toBeNull();
      if (d.status !== "registered" && d.status !== "rejected") expect(d.acceptedAt).not.toBeNull();
      expect(d.parties.length).toBeGreaterThanOrEqual(2);
    }
    const stats = computeMediationStats(db, { start: new Date("2026-09-01T00:00:00+08:00"), end: NOW });
    expect(stats.closureRate).toBeGreaterThan(0);
    expect(stats.closureRate).toBeLessThan(1);
  });

  it("is deterministic and runs once", async () => {
    const a = createTestDb();
    const b = createTestDb();
    await seedDemo(a, NOW);
    await seedDemo(b, NOW);
    seedMediation(a, NOW);
    const pick = (db: typeof a) => db.select({ caseNo: mediationCases.caseNo, summary: mediationCases.summary, status: mediationCases.status, followUpDueOn: mediationCases.followUpDueOn }).from(mediationCases).orderBy(asc(mediationCases.id)).all();
    expect(pick(a)).toEqual(pick(b));
    expect(pick(a)).toHaveLength(27);
  });
});
