// POST /api/v1/mediation/cases/{id}/assign — lead (first), assisting mediators and the counsellor.
import { apiRoute, idParam } from "@/app/_server/api";
import { assignTeam } from "@/lib/mediation/assign-team";
import { assignTeamSchema } from "@/lib/mediation/schemas";

export const POST = apiRoute({ roles: ["mediator", "admin"], body: assignTeamSchema }, ({ ctx, body, params }) => ({ body: assignTeam(ctx, idParam(params), body) }));
