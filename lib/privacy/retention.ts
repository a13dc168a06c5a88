import { and, eq, inArray, isNotNull, lt, ne, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { appointments, hotlineCallbackAttempts, hotlineCalls, sessionRecords } from "@/db/schema";
import { recordAudit } from "../audit/audit";
import { addLocalDays } from "../time";

/** What replaces free text whose retention period has ended. */
export const PURGED = "（已过保存期限，内容已清除）";

/**
 * How long each kind of record keeps the details that identify a person or describe their
 * situation. After that the record stays (the statistics still count it) but is anonymised.
 * The audit log is never purged: it is append-only and kept at least AUDIT_MIN_DAYS (6 months).
 */
export const RETENTION = {
  /** Hotline calls: at least 3 years (centre rule); caller number, resident link, summary and call-back notes. */
  hotlineCallDays: 3 * 365 + 1,
  /** Counselling session records: 10 years after the session; the record's text. */
  sessionRecordDays: 10 * 365 + 3,
} as const;
export const AUDIT_MIN_DAYS = 183;

export interface PurgeReport {
  hotlineCalls: number;
  callbackNotes: number;
  sessionRecords: number;
}

/**
 * Anonymises every record whose retention period ended before `now`, and nothing else; running it
 * twice changes nothing the second time. One immediate transaction, audited with the counts.
 */
export function purgeExpired(db: Db, now: Date, opts: { dryRun?: boolean } = {}): PurgeReport {
  const callCutoff = addLocalDays(now, -RETENTION.hotlineCallDays);
  const recordCutoff = addLocalDays(now, -RETENTION.sessionRecordDays);
  return db.transaction(
    () => {
      const calls = db
        .select({ id: hotlineCalls.id })
        .from(hotlineCalls)
        .where(and(lt(hotlineCalls.startedAt, callCutoff), or(ne(hotlineCalls.summary, PURGED), isNotNull(hotlineCalls.callerPhone), isNotNull(hotlineCalls.residentId))))
        .all()
        .map((r) => r.id);
      const notes = db
        .select({ id: hotlineCallbackAttempts.id })
        .from(hotlineCallbackAttempts)
        .innerJoin(hotlineCalls, eq(hotlineCalls.id, hotlineCallbackAttempts.callId))
        .where(and(lt(hotlineCalls.startedAt, callCutoff), isNotNull(hotlineCallbackAttempts.note), ne(hotlineCallbackAttempts.note, PURGED)))
        .all()
        .map((r) => r.id);
      const records = db
        .select({ id: sessionRecords.id })
        .from(sessionRecords)
        .innerJoin(appointments, eq(appointments.id, sessionRecords.appointmentId))
        .where(and(lt(sql`coalesce(${appointments.endAt}, ${sessionRecords.createdAt})`, recordCutoff.getTime()), ne(sessionRecords.presentingIssue, PURGED)))
        .all()
        .map((r) => r.id);
      const report = { hotlineCalls: calls.length, callbackNotes: notes.length, sessionRecords: records.length };
      if (opts.dryRun) return report;
      for (let i = 0; i < calls.length; i += 500) {
        db.update(hotlineCalls)
          .set({ summary: PURGED, callerPhone: null, residentId: null, updatedAt: now })
          .where(inArray(hotlineCalls.id, calls.slice(i, i + 500)))
          .run();
      }
      for (let i = 0; i < notes.length; i += 500) {
        db.update(hotlineCallbackAttempts).set({ note: PURGED }).where(inArray(hotlineCallbackAttempts.id, notes.slice(i, i + 500))).run();
      }
      for (let i = 0; i < records.length; i += 500) {
        db.update(sessionRecords)
          .set({ presentingIssue: PURGED, assessment: PURGED, intervention: PURGED, plan: PURGED, nextStep: null, updatedAt: now })
          .where(inArray(sessionRecords.id, records.slice(i, i + 500)))
          .run();
      }
      recordAudit(db, { action: "privacy.retention_purge", at: now, details: { ...report } });
      return report;
    },
    { behavior: "immediate" },
  );
}
