import { and, gte, lt, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { MEDIATION_DISPUTE_TYPES, mediationCases, type MediationDisputeType } from "@/db/schema";
import { computeMediationStats } from "../mediation/stats";
import type { Range } from "./range";
import { ratio } from "./range";

export interface MediationTypeLine {
  disputeType: MediationDisputeType;
  opened: number;
  accepted: number;
  concluded: number;
  closed: number;
  closureRate: number | null;
}

export interface MediationPeriodStats {
  /** Cases registered in the period. */
  opened: number;
  /** Cases closed in the period, whenever they were accepted. */
  closed: number;
  /** Cases accepted in the period: the closure rate's denominator. */
  accepted: number;
  /** Of the cases accepted in the period, those closed (or closed and archived) by now. */
  concluded: number;
  /** 办结率 = concluded / accepted (lib/mediation/stats.ts, the mediation area's own definition). */
  closureRate: number | null;
  medianDaysToClose: number | null;
  byDisputeType: MediationTypeLine[];
}

/** The closure figures come from the mediation area; the split by dispute type is one GROUP BY. */
export function mediationPeriodStats(db: Db, range: Range): MediationPeriodStats {
  const m = computeMediationStats(db, range);
  const inP = (col: typeof mediationCases.createdAt | typeof mediationCases.acceptedAt | typeof mediationCases.closedAt) =>
    sql`(${col} >= ${range.start.getTime()} and ${col} < ${range.end.getTime()})`;
  const rows = db
    .select({
      disputeType: mediationCases.disputeType,
      opened: sql<number>`coalesce(sum(${inP(mediationCases.createdAt)}), 0)`,
      accepted: sql<number>`coalesce(sum(${inP(mediationCases.acceptedAt)}), 0)`,
      concluded: sql<number>`coalesce(sum(${inP(mediationCases.acceptedAt)} and ${mediationCases.closedAt} is not null), 0)`,
      closed: sql<number>`coalesce(sum(${inP(mediationCases.closedAt)}), 0)`,
    })
    .from(mediationCases)
    .where(
      or(
        and(gte(mediationCases.createdAt, range.start), lt(mediationCases.createdAt, range.end)),
        and(gte(mediationCases.acceptedAt, range.start), lt(mediationCases.acceptedAt, range.end)),
        and(gte(mediationCases.closedAt, range.start), lt(mediationCases.closedAt, range.end)),
      ),
    )
    .groupBy(mediationCases.disputeType)
    .all();
  const byType = new Map(rows.map((r) => [r.disputeType, r]));
  return {
    opened: m.registered,
    closed: m.closedInPeriod,
    accepted: m.accepted,
    concluded: m.concluded,
    closureRate: m.closureRate,
    medianDaysToClose: m.medianDaysToClose,
    byDisputeType: MEDIATION_DISPUTE_TYPES.map((disputeType) => {
      const r = byType.get(disputeType) ?? { opened: 0, accepted: 0, concluded: 0, closed: 0 };
      return { disputeType, opened: r.opened, accepted: r.accepted, concluded: r.concluded, closed: r.closed, closureRate: ratio(r.concluded, r.accepted) };
    }),
  };
}
