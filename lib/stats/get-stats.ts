import type { Ctx } from "../context";
import { appError, forbidden } from "../errors";
import { t } from "../i18n/messages";
import { createReadCache } from "../read-cache";
import { activityStats, type ActivityStats } from "./activity-stats";
import { appointmentStats, type AppointmentStats } from "./appointment-stats";
import { careStats, type CareStats } from "./care-stats";
import { hotlineStats, type HotlineStats } from "./hotline-stats";
import { mediationPeriodStats, type MediationPeriodStats } from "./mediation-stats";
import { parsePeriod, periodLabel, previousPeriod, type Period, type PeriodKind } from "./period";
import { canSeeStats } from "./policy";
import { roomStats, type RoomStats } from "./room-stats";

export interface PeriodInfo {
  kind: PeriodKind;
  code: string;
  label: string;
  from: string;
  to: string;
}

export interface PeriodFigures {
  period: PeriodInfo;
  appointments: AppointmentStats;
  hotline: HotlineStats;
  mediation: MediationPeriodStats;
  care: CareStats;
  rooms: RoomStats;
  activities: ActivityStats;
}

export interface StatsReport extends PeriodFigures {
  /** The same figures for the period before, for the trends. */
  previous: PeriodFigures;
}

const info = (p: Period): PeriodInfo => ({ kind: p.kind, code: p.code, label: periodLabel(p), from: p.from, to: p.to });

function compute(ctx: Ctx, p: Period): PeriodFigures {
  return {
    period: info(p),
    appointments: appointmentStats(ctx.db, p),
    hotline: hotlineStats(ctx.db, p),
    mediation: mediationPeriodStats(ctx.db, p),
    care: careStats(ctx.db, p),
    rooms: roomStats(ctx, p),
    activities: activityStats(ctx.db, p),
  };
}

/**
 * The figures depend only on the period and the rows in the database, so they are kept until
 * anything is written (lib/read-cache.ts): repeated views of unchanged data (the dashboard, the
 * API) cost two pragma reads instead of every area's aggregates (issue 12: ~65 ms a period on ten
 * years of data). The kept figures are frozen: callers read them, never change them.
 */
const kept = createReadCache<PeriodFigures>(32);

function figures(ctx: Ctx, p: Period): PeriodFigures {
  return kept.get(ctx.db, `${p.kind}:${p.code}:${p.from}:${p.to}`, () => compute(ctx, p));
}

/** Every area's figures for a month, quarter or year, and for the period before it. Admins only. */
export function getStats(ctx: Ctx, period: Period): StatsReport {
  if (!canSeeStats(ctx.actor)) throw forbidden();
  return { ...figures(ctx, period), previous: figures(ctx, previousPeriod(period)) };
}

/** GET /api/v1/stats/monthly: the month named "YYYY-MM" (validated by monthlyStatsSchema). */
export function getMonthlyStats(ctx: Ctx, input: { month: string }): StatsReport {
  if (!canSeeStats(ctx.actor)) throw forbidden();
  const p = parsePeriod(input.month);
  if (!p || p.kind !== "month") throw appError("validation", t("stats.error.invalidMonth"), { month: [t("stats.error.invalidMonth")] });
  return getStats(ctx, p);
}
