import { describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { createTestDb } from "@/lib/testing/test-db";
import { ctxFor } from "@/lib/testing/fixtures";
import { getStats } from "@/lib/stats/get-stats";
import { parsePeriod } from "@/lib/stats/period";
import { resolveSession } from "@/lib/auth/sessions";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { seedDemo } from "./seed";
import { DEMO_PASSWORD } from "./seed-data";
import { activities, appointments, hotlineCalls, reservations } from "./schema";

const NOW = new Date("2026-11-30T02:00:00Z");

describe("statistics history in the demo data", () => {
  it("gives every area figures in the current month and each of the three before, quickly", async () => {
    const db = createTestDb();
    await seedDemo(db, NOW);
    const { session } = await signInWithPassword({ db, now: NOW }, { username: "admin", password: DEMO_PASSWORD }, "api");
    const ctx = ctxFor(db, resolveSession(db, { token: session.token! }, NOW)!, NOW);
    for (const month of ["2026-08", "2026-09", "2026-10", "2026-11"]) {
      const s = getStats(ctx, parsePeriod(month)!);
      expect(s.appointments.total, month).toBeGreaterThan(10);
      expect(s.appointments.byService.length, month).toBeGreaterThan(1);
      expect(s.appointments.byCounselor.length, month).toBeGreaterThan(5);
      expect(s.hotline.calls, month).toBeGreaterThan(10);
      expect(s.hotline.followUps.required, month).toBeGreaterThan(0);
      expect(s.care.visits, month).toBeGreaterThan(10);
      expect(s.care.due, month).toBeGreaterThan(0);
      expect(s.rooms.rooms.filter((r) => r.reservations > 0).length, month).toBeGreaterThanOrEqual(6);
      expect(s.activities.sessions, month).toBeGreaterThan(3);
      expect(s.activities.attended, month).toBeGreaterThan(10);
      expect(s.activities.ratings, month).toBeGreaterThan(0);
    }
    // Mediation's own seed reaches back three months (cases of September to November).
    for (const month of ["2026-09", "2026-10", "2026-11"]) expect(getStats(ctx, parsePeriod(month)!).mediation.opened, month).toBeGreaterThan(0);
    const started = performance.now();
    const year = getStats(ctx, parsePeriod("2026")!);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(year.mediation.closed).toBeGreaterThan(0);
    expect(year.previous.period.code).toBe("2025");
  }, 60_000);

  it("is deterministic and added once", async () => {
    const a = createTestDb();
    const b = createTestDb();
    await seedDemo(a, NOW);
    await seedDemo(a, NOW);
    await seedDemo(b, NOW);
    const counts = (db: typeof a) => [appointments, hotlineCalls, activities, reservations].map((tbl) => db.select({ n: count() }).from(tbl).get()!.n);
    expect(counts(a)).toEqual(counts(b));
    const hist = (db: typeof a) => db.select({ t: hotlineCalls.startedAt, r: hotlineCalls.riskLevel }).from(hotlineCalls).where(eq(hotlineCalls.status, "saved")).all();
    expect(hist(a)).toEqual(hist(b));
  }, 60_000);
});
