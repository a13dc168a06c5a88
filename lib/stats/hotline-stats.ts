import { and, eq, gte, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { CALL_CATEGORIES, CALLER_KINDS, hotlineCalls, RISK_LEVELS, type CallCategory, type CallerKind, type RiskLevel } from "@/db/schema";
import type { Range } from "./range";
import { ratio } from "./range";

export interface HotlineStats {
  /** Saved calls that began in the period (drafts are not calls yet). */
  calls: number;
  /** A call may carry several categories: it counts once under each. */
  byCategory: Record<CallCategory, number>;
  /** "unassessed": calls saved without a risk level (hang-ups, silent calls). */
  byRisk: Record<RiskLevel | "unassessed", number>;
  byCallerKind: Record<CallerKind, number>;
  followUps: {
    /** Calls of the period that needed a call-back. */
    required: number;
    /** Of those, called back at all (by now). */
    done: number;
    /** Called back no later than the due time. */
    doneInTime: number;
    /** doneInTime / required. */
    inTimeRate: number | null;
  };
}

/** Aggregates over the (status, startedAt) index; categories are unnested with json_each. */
export function hotlineStats(db: Db, range: Range): HotlineStats {
  const where = and(eq(hotlineCalls.status, "saved"), gte(hotlineCalls.startedAt, range.start), lt(hotlineCalls.startedAt, range.end));
  const head = db
    .select({
      calls: sql<number>`count(*)`,
      required: sql<number>`coalesce(sum(${hotlineCalls.followUpAt} is not null), 0)`,
      done: sql<number>`coalesce(sum(${hotlineCalls.followUpAt} is not null and ${hotlineCalls.followUpDoneAt} is not null), 0)`,
      doneInTime: sql<number>`coalesce(sum(${hotlineCalls.followUpAt} is not null and ${hotlineCalls.followUpDoneAt} <= ${hotlineCalls.followUpAt}), 0)`,
    })
    .from(hotlineCalls)
    .where(where)
    .get() ?? { calls: 0, required: 0, done: 0, doneInTime: 0 };

  const byRisk = Object.fromEntries([...RISK_LEVELS, "unassessed"].map((k) => [k, 0])) as HotlineStats["byRisk"];
  for (const r of db.select({ k: hotlineCalls.riskLevel, n: sql<number>`count(*)` }).from(hotlineCalls).where(where).groupBy(hotlineCalls.riskLevel).all()) {
    byRisk[r.k ?? "unassessed"] += r.n;
  }
  const byCallerKind = Object.fromEntries(CALLER_KINDS.map((k) => [k, 0])) as Record<CallerKind, number>;
  for (const r of db.select({ k: hotlineCalls.callerKind, n: sql<number>`count(*)` }).from(hotlineCalls).where(where).groupBy(hotlineCalls.callerKind).all()) {
    if (r.k) byCallerKind[r.k] += r.n;
  }
  const byCategory = Object.fromEntries(CALL_CATEGORIES.map((k) => [k, 0])) as Record<CallCategory, number>;
  const cats = db.all<{ k: string; n: number }>(
    sql`select je.value as k, count(*) as n from ${hotlineCalls}, json_each(${hotlineCalls.categories}) je where ${where} group by je.value`,
  );
  for (const r of cats) if (r.k in byCategory) byCategory[r.k as CallCategory] += r.n;

  return {
    calls: head.calls,
    byCategory,
    byRisk,
    byCallerKind,
    followUps: { required: head.required, done: head.done, doneInTime: head.doneInTime, inTimeRate: ratio(head.doneInTime, head.required) },
  };
}
