import { beforeAll, describe, expect, it } from "vitest";
import { eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { appointments, auditLog, hotlineCalls, sessionRecords } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { verifyAuditChain } from "../audit/audit";
import { createTestDb } from "../testing/test-db";
import { addLocalDays } from "../time";
import { PURGED, purgeExpired, RETENTION } from "./retention";

const NOW = new Date("2026-11-30T02:00:00Z");

describe("retention purge", () => {
  let db: Db;
  let oldCall: number;
  let keptCall: number;
  let oldRecord: number;
  let keptRecord: number;
  beforeAll(async () => {
    db = createTestDb();
    await seedDemo(db, NOW);
    // Fixed ages around each limit: a day past it, and a day short of it.
    const calls = db.select({ id: hotlineCalls.id }).from(hotlineCalls).where(isNotNull(hotlineCalls.callerPhone)).limit(2).all();
    [oldCall, keptCall] = calls.map((c) => c.id);
    db.update(hotlineCalls).set({ startedAt: addLocalDays(NOW, -RETENTION.hotlineCallDays - 1) }).where(eq(hotlineCalls.id, oldCall)).run();
    db.update(hotlineCalls).set({ startedAt: addLocalDays(NOW, -RETENTION.hotlineCallDays + 1) }).where(eq(hotlineCalls.id, keptCall)).run();
    const recs = db.select({ id: sessionRecords.id, appointmentId: sessionRecords.appointmentId }).from(sessionRecords).limit(2).all();
    [oldRecord, keptRecord] = recs.map((r) => r.id);
    const at = (days: number) => {
      const end = addLocalDays(NOW, days);
      return { startAt: new Date(end.getTime() - 50 * 60_000), endAt: end };
    };
    db.update(appointments).set(at(-RETENTION.sessionRecordDays - 1)).where(eq(appointments.id, recs[0].appointmentId)).run();
    db.update(appointments).set(at(-RETENTION.sessionRecordDays + 1)).where(eq(appointments.id, recs[1].appointmentId)).run();
  });

  it("keeps hotline calls at least three years and the audit log at least six months", () => {
    expect(RETENTION.hotlineCallDays).toBeGreaterThanOrEqual(3 * 365);
  });

  it("a dry run counts what has expired and changes nothing", () => {
    const before = db.select().from(hotlineCalls).where(eq(hotlineCalls.id, oldCall)).get();
    expect(purgeExpired(db, NOW, { dryRun: true })).toEqual({ hotlineCalls: 1, callbackNotes: expect.any(Number), sessionRecords: 1 });
    expect(db.select().from(hotlineCalls).where(eq(hotlineCalls.id, oldCall)).get()).toEqual(before);
  });

  it("anonymises what has expired, never touches what has not, and a second run changes nothing", () => {
    const keptBefore = db.select().from(hotlineCalls).where(eq(hotlineCalls.id, keptCall)).get();
    const keptRecordBefore = db.select().from(sessionRecords).where(eq(sessionRecords.id, keptRecord)).get();
    const auditBefore = db.select({ n: sql<number>`count(*)` }).from(auditLog).get()!.n;

    expect(purgeExpired(db, NOW)).toMatchObject({ hotlineCalls: 1, sessionRecords: 1 });
    const old = db.select().from(hotlineCalls).where(eq(hotlineCalls.id, oldCall)).get()!;
    expect(old).toMatchObject({ summary: PURGED, callerPhone: null, residentId: null });
    expect(old.riskLevel).not.toBeNull(); // still counted in the statistics
    expect(db.select().from(sessionRecords).where(eq(sessionRecords.id, oldRecord)).get()).toMatchObject({ presentingIssue: PURGED, assessment: PURGED, intervention: PURGED, plan: PURGED, nextStep: null });
    expect(db.select().from(hotlineCalls).where(eq(hotlineCalls.id, keptCall)).get()).toEqual(keptBefore);
    expect(db.select().from(sessionRecords).where(eq(sessionRecords.id, keptRecord)).get()).toEqual(keptRecordBefore);

    expect(purgeExpired(db, NOW)).toEqual({ hotlineCalls: 0, callbackNotes: 0, sessionRecords: 0 });
    // The audit log only grew (one row per run) and its chain holds.
    expect(db.select({ n: sql<number>`count(*)` }).from(auditLog).get()!.n).toBe(auditBefore + 2);
    expect(verifyAuditChain(db).ok).toBe(true);
  });
});
