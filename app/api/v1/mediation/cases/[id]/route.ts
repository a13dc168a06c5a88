// GET /api/v1/mediation/cases/{id} — the whole case file for its team and admins (read audited).
import { apiRoute, idParam } from "@/app/_server/api";
import { caseDetailJson } from "@/lib/mediation/api-schemas";
import { getCaseDetail } from "@/lib/mediation/queries";

export const GET = apiRoute({ roles: ["mediator", "counselor", "admin"] }, ({ ctx, params }) => ({ body: caseDetailJson(getCaseDetail(ctx, idParam(params), "api")) }));
