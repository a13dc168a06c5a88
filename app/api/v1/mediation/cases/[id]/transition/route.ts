// POST /api/v1/mediation/cases/{id}/transition — one workflow step; 409 when the workflow forbids it.
import { apiRoute, idParam } from "@/app/_server/api";
import { transitionSchema } from "@/lib/mediation/schemas";
import { transitionCase } from "@/lib/mediation/transition-case";

export const POST = apiRoute({ roles: ["mediator", "admin"], body: transitionSchema }, ({ ctx, body, params }) => ({ body: transitionCase(ctx, idParam(params), body) }));
