import type { Ctx } from "../context";
import { appError, forbidden } from "../errors";
import { t } from "../i18n/messages";
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
 * The figures depend only on the period and the rows in the database, so they are kept per
 * connection until anything is written: `total_changes()` counts this connection's writes and
 * `PRAGMA data_version` moves when another connection (a script, a second process) commits. A
 * report is never stale; repeated views of unchanged data (the dashboard, the API) cost two
 * pragma reads instead of every area's aggregates (issue 12: ~65 ms a period on ten years of data).
 */
const cache = new WeakMap<object, { version: string; byPeriod: Map<string, PeriodFigures> }>();
const MAX_CACHED_PERIODS = 32;

function dataVersion(ctx: Ctx): string {
  const client = ctx.db.$client;
  const changes = (client.prepare("select total_changes() as n").get() as { n: number }).n;
  return `${client.pragma("data_version", { simple: true })}:${changes}`;
}

function figures(ctx: Ctx, p: Period): PeriodFigures {
  const client = ctx.db.$client;
  // Inside a transaction uncommitted rows may be rolled back: no caching there.
  if (client.inTransaction) return compute(ctx, p);
  const version = dataVersion(ctx);
  let entry = cache.get(client);
  if (!entry || entry.version !== version) cache.set(client, (entry = { version, byPeriod: new Map() }));
  const key = `${p.kind}:${p.code}:${p.from}:${p.to}`;
  let hit = entry.byPeriod.get(key);
  if (!hit) {
    hit = compute(ctx, p);
    if (entry.byPeriod.size >= MAX_CACHED_PERIODS) entry.byPeriod.clear();
    entry.byPeriod.set(key, hit);
  }
  // Callers get their own copy: the cached figures stay as computed.
  return structuredClone(hit);
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
