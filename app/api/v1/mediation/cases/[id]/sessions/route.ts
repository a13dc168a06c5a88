// POST /api/v1/mediation/cases/{id}/sessions — a mediation meeting record; may book a room.
import { apiRoute, idParam } from "@/app/_server/api";
import { recordSession } from "@/lib/mediation/record-session";
import { recordSessionSchema } from "@/lib/mediation/schemas";

export const POST = apiRoute({ roles: ["mediator", "counselor"], body: recordSessionSchema }, ({ ctx, body, params }) => ({ status: 201, body: recordSession(ctx, idParam(params), body) }));
