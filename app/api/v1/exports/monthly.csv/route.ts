// GET /api/v1/exports/monthly.csv?month=YYYY-MM — the monthly report as CSV, UTF-8 with BOM (admin; audited).
import { apiRoute } from "@/app/_server/api";
import { exportReport } from "@/lib/stats/export-report";
import { exportStatsSchema, periodOfExport } from "@/lib/stats/schemas";
import { downloadResponse } from "../download";

export const GET = apiRoute({ roles: ["admin"], query: exportStatsSchema }, async ({ ctx, query }) => {
  const period = periodOfExport(query);
  return downloadResponse(await exportReport(ctx, period, "csv"), `ankang-report-${period.code}.csv`);
});
