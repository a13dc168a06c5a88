import { and, desc, eq, gte, isNotNull, lt, sql, type SQL } from "drizzle-orm";
import { auditLog } from "@/db/schema";
import { assertRole } from "@/lib/auth/actor";
import type { Ctx } from "@/lib/context";
import { contains } from "@/lib/search";
import { addLocalDays, parseLocalDate } from "@/lib/time";
import { auditAs, verifyAuditChain, type AuditVerification } from "./audit";
import type { AuditFilter } from "./schemas";

/** One row of the review list: what the log holds (it never holds the sensitive text). */
export interface AuditListItem {
  id: number;
  at: Date;
  actorId: number | null;
  actorUsername: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  outcome: "success" | "failure" | "denied";
  ip: string | null;
  reason: string | null;
  details: string | null;
}

const DEFAULT_LIMIT = 50;

function escapeLike(v: string): string {
  return v.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The admin's audit review: newest first, filtered by user, action, record, outcome, dates and break-glass reads. */
export function listAuditPage(ctx: Ctx, filter: AuditFilter): { items: AuditListItem[]; nextCursor: string | null } {
  assertRole(ctx.actor, "admin");
  const conds: SQL[] = [];
  if (filter.user) conds.push(contains(auditLog.actorUsername, filter.user));
  // "appointment." lists every appointment event; a full code lists that one.
  if (filter.action) conds.push(filter.action.endsWith(".") ? sql`${auditLog.action} LIKE ${`${escapeLike(filter.action)}%`} ESCAPE '\\'` : eq(auditLog.action, filter.action));
  if (filter.entityType) conds.push(eq(auditLog.entityType, filter.entityType));
  if (filter.entityId) conds.push(eq(auditLog.entityId, filter.entityId));
  if (filter.outcome) conds.push(eq(auditLog.outcome, filter.outcome));
  if (filter.reasons === "1") conds.push(isNotNull(auditLog.reason));
  const from = filter.from ? parseLocalDate(filter.from) : null;
  const to = filter.to ? parseLocalDate(filter.to) : null;
  if (from) conds.push(gte(auditLog.at, from));
  if (to) conds.push(lt(auditLog.at, addLocalDays(to, 1)));
  if (filter.cursor) conds.push(lt(auditLog.id, Number(filter.cursor)));
  const limit = filter.limit ?? DEFAULT_LIMIT;
  const rows = ctx.db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorId: auditLog.actorId,
      actorUsername: auditLog.actorUsername,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      outcome: auditLog.outcome,
      ip: auditLog.ip,
      reason: auditLog.reason,
      details: auditLog.details,
    })
    .from(auditLog)
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(limit + 1)
    .all();
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? String(items[items.length - 1].id) : null };
}

/** Walks the hash chain (as `npm run audit:verify` does) and records that it was checked, with the result. */
export function runAuditVerification(ctx: Ctx): AuditVerification {
  assertRole(ctx.actor, "admin");
  const result = verifyAuditChain(ctx.db);
  auditAs(ctx, {
    action: "audit.verified",
    outcome: result.ok ? "success" : "failure",
    details: result.ok ? { count: result.count } : { count: result.count, brokenAtId: result.brokenAtId },
  });
  return result;
}
