import type { Ctx } from "../context";
import { forbidden } from "../errors";
import { auditExport } from "./audit-export";
import { getStats, type StatsReport } from "./get-stats";
import type { Period } from "./period";
import { canExportStats } from "./policy";

/** The printable report: an export too (it leaves the app on paper), so audited the same way. */
export function printReport(ctx: Ctx, period: Period): StatsReport {
  if (!canExportStats(ctx.actor)) throw forbidden();
  const report = getStats(ctx, period);
  ctx.db.transaction(() => auditExport(ctx, period, "print"), { behavior: "immediate" });
  return report;
}
