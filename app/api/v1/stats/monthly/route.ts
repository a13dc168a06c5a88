// GET /api/v1/stats/monthly?month=YYYY-MM — every area's figures for a month, with last month's (admin).
import { apiRoute } from "@/app/_server/api";
import { statsJson } from "@/lib/stats/api-schemas";
import { getMonthlyStats } from "@/lib/stats/get-stats";
import { monthlyStatsSchema } from "@/lib/stats/schemas";

export const GET = apiRoute({ roles: ["admin"], query: monthlyStatsSchema }, ({ ctx, query }) => ({ body: statsJson(getMonthlyStats(ctx, query)) }));
