// POST /api/v1/care/persons/{id}/risk-color — re-grade red/yellow/green with a reason (history kept).
import { apiRoute, idParam } from "@/app/_server/api";
import { changeRiskColor } from "@/lib/care/change-risk-color";
import { changeRiskColorSchema } from "@/lib/care/schemas";

export const POST = apiRoute({ roles: ["carer", "admin"], body: changeRiskColorSchema }, ({ ctx, params, body }) => ({ body: changeRiskColor(ctx, idParam(params), body) }));
