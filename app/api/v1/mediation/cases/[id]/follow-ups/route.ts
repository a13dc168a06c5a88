// POST /api/v1/mediation/cases/{id}/follow-ups — a follow-up visit (回访) by the case team.
import { apiRoute, idParam } from "@/app/_server/api";
import { recordFollowUp } from "@/lib/mediation/record-follow-up";
import { recordFollowUpSchema } from "@/lib/mediation/schemas";

export const POST = apiRoute({ roles: ["mediator", "counselor"], body: recordFollowUpSchema }, ({ ctx, body, params }) => ({ status: 201, body: recordFollowUp(ctx, idParam(params), body) }));
