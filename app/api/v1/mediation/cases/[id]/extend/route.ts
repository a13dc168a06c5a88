// POST /api/v1/mediation/cases/{id}/extend — a later settlement deadline, with the reason.
import { apiRoute, idParam } from "@/app/_server/api";
import { extendDeadline } from "@/lib/mediation/extend-deadline";
import { extendDeadlineSchema } from "@/lib/mediation/schemas";

export const POST = apiRoute({ roles: ["mediator", "admin"], body: extendDeadlineSchema }, ({ ctx, body, params }) => ({ body: extendDeadline(ctx, idParam(params), body) }));
