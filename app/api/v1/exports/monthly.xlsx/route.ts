// GET /api/v1/exports/monthly.xlsx?month=YYYY-MM — the monthly report as an XLSX workbook, one sheet per area (admin; audited).
import { apiRoute } from "@/app/_server/api";
import { exportReport } from "@/lib/stats/export-report";
import { exportStatsSchema, periodOfExport } from "@/lib/stats/schemas";
import { downloadResponse } from "../download";

export const GET = apiRoute({ roles: ["admin"], query: exportStatsSchema }, async ({ ctx, query }) => {
  const period = periodOfExport(query);
  return downloadResponse(await exportReport(ctx, period, "xlsx"), `ankang-report-${period.code}.xlsx`);
});
