// PUT /api/v1/mediation/cases/{id}/sessions/{sessionId} — fill in or correct a meeting's record.
import { apiRoute, idParam } from "@/app/_server/api";
import { updateSessionSchema } from "@/lib/mediation/schemas";
import { updateSession } from "@/lib/mediation/update-session";

export const PUT = apiRoute({ roles: ["mediator", "counselor"], body: updateSessionSchema }, ({ ctx, body, params }) => ({
  body: updateSession(ctx, idParam(params), idParam(params, "sessionId"), body),
}));
