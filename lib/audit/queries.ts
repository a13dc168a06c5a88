import { and, desc, eq, gte, or, sql } from "drizzle-orm";
import { auditLog } from "@/db/schema";
import { assertRole } from "../auth/actor";
import type { Ctx } from "../context";
import { startOfLocalDay } from "../time";

export interface SignInProblem {
  id: number;
  at: Date;
  kind: "failure" | "lockout";
  username: string | null;
  /** A code: bad_password, unknown_user, disabled, locked (failures); null for a lockout. */
  reason: string | null;
  ip: string | null;
}

export interface SignInProblemsToday {
  failures: number;
  lockouts: number;
  recent: SignInProblem[];
}

/**
 * Failed sign-ins and lockouts since the centre's midnight, for the admin's home page: counts and
 * the latest few. Admin only. Reads codes, names and addresses only — never `details`.
 */
export function signInProblemsToday(ctx: Ctx, limit = 8): SignInProblemsToday {
  assertRole(ctx.actor, "admin");
  const isLockout = eq(auditLog.action, "auth.locked");
  const isFailure = and(eq(auditLog.action, "auth.sign_in"), eq(auditLog.outcome, "failure"));
  const where = and(gte(auditLog.at, startOfLocalDay(ctx.now)), or(isFailure, isLockout));
  const counts = ctx.db
    .select({
      failures: sql<number>`coalesce(sum(case when ${auditLog.action} = 'auth.sign_in' then 1 else 0 end), 0)`,
      lockouts: sql<number>`coalesce(sum(case when ${auditLog.action} = 'auth.locked' then 1 else 0 end), 0)`,
    })
    .from(auditLog)
    .where(where)
    .get();
  const rows = ctx.db
    .select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, username: auditLog.actorUsername, reason: auditLog.reason, ip: auditLog.ip })
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .all();
  return {
    failures: counts?.failures ?? 0,
    lockouts: counts?.lockouts ?? 0,
    recent: rows.map(({ action, ...r }) => ({ ...r, kind: action === "auth.locked" ? "lockout" : "failure", reason: action === "auth.locked" ? null : r.reason })),
  };
}
