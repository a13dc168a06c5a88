import { t } from "../i18n/messages";
import { z } from "../zod";
import { parsePeriod, type Period } from "./period";

const monthField = z
  .string()
  .max(7)
  .refine((v) => /^\d{4}-(0[1-9]|1[0-2])$/.test(v) && parsePeriod(v) !== null, t("stats.error.invalidMonth"));

const periodField = z
  .string()
  .max(7)
  .refine((v) => parsePeriod(v) !== null, t("stats.error.invalidPeriod"));

/** GET /api/v1/stats/monthly?month=YYYY-MM */
export const monthlyStatsSchema = z.strictObject({ month: monthField.meta({ description: "统计月份 YYYY-MM（本中心时区）", example: "2026-11" }) });
export type MonthlyStatsInput = z.output<typeof monthlyStatsSchema>;

/** GET /api/v1/exports/monthly.xlsx|csv?month=YYYY-MM (or ?period=2026-Q4 / 2026 for a quarter or year). */
export const exportStatsSchema = z
  .strictObject({
    month: monthField.optional().meta({ description: "统计月份 YYYY-MM", example: "2026-11" }),
    period: periodField.optional().meta({ description: "或：季度 2026-Q4、年度 2026、月份 2026-11", example: "2026-Q4" }),
  })
  .refine((v) => (v.month === undefined) !== (v.period === undefined), { message: t("stats.error.monthOrPeriod"), path: ["month"] });
export type ExportStatsInput = z.output<typeof exportStatsSchema>;

/** The period an export query names (the schema has already checked it parses). */
export function periodOfExport(input: ExportStatsInput): Period {
  return parsePeriod((input.month ?? input.period)!)!;
}
