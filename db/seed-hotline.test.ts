import { describe, expect, it } from "vitest";
import { asc, eq, gte, sql } from "drizzle-orm";
import { createTestDb } from "@/lib/testing/test-db";
import { ctxFor } from "@/lib/testing/fixtures";
import { listFollowUps, onDutyNow, rosterWeek } from "@/lib/hotline/queries";
import { listFollowUpsSchema } from "@/lib/hotline/schemas";
import { resolveSession } from "@/lib/auth/sessions";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { seedDemo } from "./seed";
import { hotlineCalls, hotlineShifts } from "./schema";
import { DEMO_PASSWORD } from "./seed-data";
import { historyEnd } from "./seed-history";

// 21:10 local: late enough that "due today" and "overdue" both exist.
const NOW = new Date("2026-11-30T13:10:00Z");

async function actorOf(db: ReturnType<typeof createTestDb>, username: string) {
  const { session } = await signInWithPassword({ db, now: NOW }, { username, password: DEMO_PASSWORD }, "api");
  return resolveSession(db, { token: session.token! }, NOW)!;
}

describe("hotline demo data", () => {
  it("rosters two staff on every shift for the past and next two weeks, with the demo accounts on duty now", async () => {
    const db = createTestDb();
    await seedDemo(db, NOW);
    const admin = await actorOf(db, "admin");
    const shifts = db.select({ id: hotlineShifts.id }).from(hotlineShifts).all();
    expect(shifts).toHaveLength(29 * 3);
    const now = onDutyNow(ctxFor(db, admin, NOW));
    expect(now).toHaveLength(1);
    expect(now[0].staff.map((s) => s.name).sort()).toEqual(["周晓梅", "李静怡"].sort());
    const week = rosterWeek(ctxFor(db, admin, NOW), NOW);
    expect(week.warnings.filter((w) => w.code === "overlap")).toEqual([]);
    const next = rosterWeek(ctxFor(db, admin, NOW), new Date(NOW.getTime() + 7 * 86_400_000));
    expect(next.warnings.map((w) => w.code)).toEqual(["understaffed"]);
  });

  it("logs ~60 calls over the past month across risk levels, with call-backs due today and exactly one overdue", async () => {
    const db = createTestDb();
    await seedDemo(db, NOW);
    const hotline = await actorOf(db, "hotline");
    const byRisk: Record<string, number> = Object.fromEntries(db.select({ r: hotlineCalls.riskLevel, n: sql<number>`count(*)` }).from(hotlineCalls).where(gte(hotlineCalls.startedAt, historyEnd(NOW))).groupBy(hotlineCalls.riskLevel).all().map((x) => [x.r, x.n]));
    const total = Object.values(byRisk).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(55);
    expect(total).toBeLessThanOrEqual(65);
    expect(byRisk.imminent).toBe(1);
    expect(byRisk.high).toBeGreaterThanOrEqual(3);
    for (const r of ["none", "low", "medium"]) expect(byRisk[r]).toBeGreaterThan(3);
    const calls = db.select().from(hotlineCalls).all();
    expect(calls.every((c) => c.startedAt < NOW)).toBe(true);
    expect(calls.filter((c) => c.riskLevel === "high" || c.riskLevel === "imminent").every((c) => c.actions.length > 0 && c.followUpAt)).toBe(true);
    const queue = listFollowUps(ctxFor(db, hotline, NOW), listFollowUpsSchema.parse({})).items;
    expect(queue.filter((q) => q.overdue)).toHaveLength(1);
    expect(queue.filter((q) => !q.overdue).length).toBeGreaterThanOrEqual(2);
    expect(queue[0].riskLevel).toBe("high");
  });

  it("has exactly one overdue call-back whatever the time of day it is seeded", async () => {
    for (const iso of ["2026-11-30T00:20:00+08:00", "2026-11-30T08:00:00+08:00", "2026-11-30T13:59:00+08:00", "2026-11-30T23:50:00+08:00"]) {
      const now = new Date(iso);
      const db = createTestDb();
      await seedDemo(db, now);
      const { session } = await signInWithPassword({ db, now }, { username: "hotline", password: DEMO_PASSWORD }, "api");
      const hotline = resolveSession(db, { token: session.token! }, now)!;
      const queue = listFollowUps(ctxFor(db, hotline, now), listFollowUpsSchema.parse({ before: "2026-12-02" })).items;
      expect(queue.filter((q) => q.overdue), iso).toHaveLength(1);
      expect(onDutyNow(ctxFor(db, hotline, now))[0].staff.map((s) => s.id), iso).toContain(hotline.userId);
    }
  });

  it("is deterministic and does not add a second roster", async () => {
    const a = createTestDb();
    const b = createTestDb();
    await seedDemo(a, NOW);
    await seedDemo(a, NOW);
    await seedDemo(b, NOW);
    const rows = (db: typeof a) => db.select({ s: hotlineCalls.startedAt, k: hotlineCalls.callerKind, r: hotlineCalls.riskLevel, o: hotlineCalls.operatorId }).from(hotlineCalls).orderBy(asc(hotlineCalls.id)).all();
    expect(rows(a)).toEqual(rows(b));
    expect(a.select({ n: sql<number>`count(*)` }).from(hotlineShifts).get()!.n).toBe(87);
    expect(a.select().from(hotlineCalls).where(eq(hotlineCalls.status, "draft")).all()).toEqual([]);
  });
});
