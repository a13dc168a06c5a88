// GET /api/v1/mediation/stats?from&to — closure rate (办结率) and median days to close over the caller's cases.
import { apiRoute } from "@/app/_server/api";
import { statsJson } from "@/lib/mediation/api-schemas";
import { statsPeriodSchema } from "@/lib/mediation/schemas";
import { mediationStats } from "@/lib/mediation/stats";

export const GET = apiRoute({ roles: ["mediator", "counselor", "admin"], query: statsPeriodSchema }, ({ ctx, query }) => ({ body: statsJson(mediationStats(ctx, query)) }));
