import { and, gte, isNotNull, lt, sql, type SQL } from "drizzle-orm";
import { mediationCases } from "@/db/schema";
import type { Db } from "@/db/client";
import type { Ctx } from "../context";
import { appError, forbidden } from "../errors";
import { t } from "../i18n/messages";
import { localDateRange } from "../time";
import { canListCases } from "./policy";
import { visibleCasesCondition } from "./queries";
import type { StatsPeriodInput } from "./schemas";

const DAY = 86_400_000;

export interface MediationStats {
  /** Cases registered in the period. */
  registered: number;
  /** Cases accepted in the period: the denominator of the closure rate. */
  accepted: number;
  /** Of those accepted in the period, how many are closed (or closed and archived) by now. */
  concluded: number;
  /** concluded / accepted (办结率), null when nothing was accepted. */
  closureRate: number | null;
  /** Median days from acceptance to closing over the concluded cases, null when none. */
  medianDaysToClose: number | null;
  /** Cases closed in the period, whenever accepted (the monthly "closed" figure). */
  closedInPeriod: number;
}

export function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * The closure rate (办结率) of [start, end): of the cases accepted in the period, the share closed
 * by now. Rejected cases were never accepted and count nowhere. `scope` limits the cases (a
 * mediator's own); the statistics area passes none and is for admins only.
 */
export function computeMediationStats(db: Db, range: { start: Date; end: Date }, scope?: SQL): MediationStats {
  const inPeriod = (col: typeof mediationCases.createdAt | typeof mediationCases.acceptedAt | typeof mediationCases.closedAt) => and(gte(col, range.start), lt(col, range.end));
  const count = (where: SQL | undefined) => db.select({ n: sql<number>`count(*)` }).from(mediationCases).where(and(scope, where)).get()?.n ?? 0;
  const closedCohort = db
    .select({ acceptedAt: mediationCases.acceptedAt, closedAt: mediationCases.closedAt })
    .from(mediationCases)
    .where(and(scope, inPeriod(mediationCases.acceptedAt), isNotNull(mediationCases.closedAt)))
    .all();
  const accepted = count(inPeriod(mediationCases.acceptedAt));
  const concluded = closedCohort.length;
  const days = closedCohort.map((r) => (r.closedAt!.getTime() - r.acceptedAt!.getTime()) / DAY);
  const med = median(days);
  return {
    registered: count(inPeriod(mediationCases.createdAt)),
    accepted,
    concluded,
    closureRate: accepted ? concluded / accepted : null,
    medianDaysToClose: med === null ? null : Math.round(med * 10) / 10,
    closedInPeriod: count(inPeriod(mediationCases.closedAt)),
  };
}

/** The closure figures of a chosen period (local dates, inclusive) over the cases the actor sees. */
export function mediationStats(ctx: Ctx, period: StatsPeriodInput): MediationStats {
  if (!canListCases(ctx.actor)) throw forbidden();
  const range = localDateRange(period.from, period.to);
  if (!range) throw appError("validation", undefined, { to: [t("mediation.error.periodOrder")] });
  return computeMediationStats(ctx.db, range, visibleCasesCondition(ctx));
}
