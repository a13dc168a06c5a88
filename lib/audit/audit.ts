import { createHash } from "node:crypto";
import { asc, desc, gt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, type AuditRow } from "@/db/schema";

export const GENESIS_HASH = "0".repeat(64);

export type AuditOutcome = "success" | "failure" | "denied";

export interface AuditEntry {
  action: string;
  outcome?: AuditOutcome;
  actorId?: number | null;
  actorUsername?: string | null;
  entityType?: string | null;
  entityId?: string | number | null;
  ip?: string | null;
  reason?: string | null;
  /** Codes and ids only — never the sensitive text itself. */
  details?: Record<string, string | number | boolean | null | string[] | number[]>;
  at?: Date;
}

export type Chained = Omit<AuditRow, "id" | "hash">;

/** The row's own hash over its fields and the previous hash (exported for the bulk generator, db/seed-large). */
export function hashRow(row: Chained): string {
  const canonical = JSON.stringify([
    row.at.getTime(),
    row.actorId,
    row.actorUsername,
    row.action,
    row.entityType,
    row.entityId,
    row.outcome,
    row.ip,
    row.reason,
    row.details,
    row.prevHash,
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}

/**
 * Appends one audit row, chained to the previous one. Synchronous, so it can run inside a use
 * case's transaction (and then commits or rolls back with it); otherwise it takes its own
 * immediate transaction so the chain stays linear across processes.
 */
export function recordAudit(db: Db, entry: AuditEntry): void {
  const write = () => {
    const last = db.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1).get();
    const row: Chained = {
      at: entry.at ?? new Date(),
      actorId: entry.actorId ?? null,
      actorUsername: entry.actorUsername ?? null,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      outcome: entry.outcome ?? "success",
      ip: entry.ip ?? null,
      reason: entry.reason ?? null,
      details: entry.details ? JSON.stringify(entry.details) : null,
      prevHash: last?.hash ?? GENESIS_HASH,
    };
    db.insert(auditLog).values({ ...row, hash: hashRow(row) }).run();
  };
  if (db.$client.inTransaction) write();
  else db.transaction(write, { behavior: "immediate" });
}

/** recordAudit for a use case: who, from where and when come from its context. */
export function auditAs(ctx: { db: Db; actor: { userId: number; username: string }; ip?: string | null; now: Date }, entry: Omit<AuditEntry, "actorId" | "actorUsername" | "ip" | "at">): void {
  recordAudit(ctx.db, { ...entry, actorId: ctx.actor.userId, actorUsername: ctx.actor.username, ip: ctx.ip ?? null, at: ctx.now });
}

export type AuditVerification = { ok: true; count: number } | { ok: false; count: number; brokenAtId: number };

/** Walks the whole chain in id order; the first row whose hash or link does not match is reported. */
export function verifyAuditChain(db: Db, batchSize = 5000): AuditVerification {
  let prev = GENESIS_HASH;
  let lastId = 0;
  let count = 0;
  for (;;) {
    const rows = db.select().from(auditLog).where(gt(auditLog.id, lastId)).orderBy(asc(auditLog.id)).limit(batchSize).all();
    if (rows.length === 0) return { ok: true, count };
    for (const r of rows) {
      const { id, hash, ...rest } = r;
      if (r.prevHash !== prev || hashRow(rest) !== hash) return { ok: false, count, brokenAtId: id };
      prev = hash;
      lastId = id;
      count++;
    }
  }
}
