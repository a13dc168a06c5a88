import { toIsoLocal } from "../time";
import { z } from "../zod";
import type { PeriodFigures, StatsReport } from "./get-stats";

/** The JSON body of a report: instants as +08:00 ISO strings, the rest as computed. */
export function statsJson(r: StatsReport) {
  const figures = (f: PeriodFigures) => ({
    ...f,
    activities: { ...f.activities, items: f.activities.items.map((a) => ({ ...a, startAt: toIsoLocal(a.startAt) })) },
  });
  return { ...figures(r), previous: figures(r.previous) };
}

const rate = z.number().nullable().meta({ description: "0–1 的比例；分母为 0 时为 null" });
const line = z.object({ id: z.number().int(), name: z.string(), total: z.number().int(), completed: z.number().int(), noShow: z.number().int(), cancelled: z.number().int() });
const counts = z.record(z.string(), z.number().int());
const careLine = { due: z.number().int(), done: z.number().int(), visits: z.number().int(), doneRate: rate };

const figuresSchema = z.object({
  period: z.object({ kind: z.enum(["month", "quarter", "year"]), code: z.string(), label: z.string(), from: z.string(), to: z.string() }),
  appointments: z.object({ total: z.number().int(), byStatus: counts, byService: z.array(line), byCounselor: z.array(line), noShowRate: rate }),
  hotline: z.object({
    calls: z.number().int(),
    byCategory: counts,
    byRisk: counts,
    byCallerKind: counts,
    followUps: z.object({ required: z.number().int(), done: z.number().int(), doneInTime: z.number().int(), inTimeRate: rate }),
  }),
  mediation: z.object({
    opened: z.number().int(),
    closed: z.number().int(),
    accepted: z.number().int(),
    concluded: z.number().int(),
    closureRate: rate.meta({ description: "办结率 = 本期受理的案件中目前已结案的件数 ÷ 本期受理件数" }),
    medianDaysToClose: z.number().nullable(),
    byDisputeType: z.array(
      z.object({ disputeType: z.string(), opened: z.number().int(), accepted: z.number().int(), concluded: z.number().int(), closed: z.number().int(), closureRate: rate }),
    ),
  }),
  care: z.object({
    ...careLine,
    byGroup: z.array(z.object({ group: z.string(), ...careLine })),
    byColor: z.array(z.object({ color: z.string(), ...careLine })),
  }),
  rooms: z.object({
    utilisation: rate,
    rooms: z.array(
      z.object({
        roomId: z.number().int(),
        code: z.string(),
        name: z.string(),
        capacity: z.number().int(),
        reservations: z.number().int(),
        openHours: z.number(),
        bookedHours: z.number(),
        utilisation: rate,
      }),
    ),
  }),
  activities: z.object({
    sessions: z.number().int(),
    capacity: z.number().int(),
    signedUp: z.number().int(),
    attended: z.number().int(),
    absent: z.number().int(),
    attendanceRate: rate,
    ratings: z.number().int(),
    averageRating: z.number().nullable(),
    byType: z.array(z.object({ type: z.string(), sessions: z.number().int(), attended: z.number().int(), ratings: z.number().int(), averageRating: z.number().nullable() })),
    items: z.array(
      z.object({
        id: z.number().int(),
        title: z.string(),
        type: z.string(),
        startAt: z.string(),
        capacity: z.number().int(),
        signedUp: z.number().int(),
        attended: z.number().int(),
        absent: z.number().int(),
        ratings: z.number().int(),
        averageRating: z.number().nullable(),
      }),
    ),
  }),
});

export const statsReportSchema = figuresSchema.extend({ previous: figuresSchema.meta({ description: "上一期（上月）的同样数字，用于趋势对比" }) }).meta({ id: "StatsReport" });
