// POST /api/v1/activities/{id}/feedback — a resident who attended rates it 1–5 with an optional comment, once, after it ends.
import { apiRoute, idParam } from "@/app/_server/api";
import { leaveFeedback } from "@/lib/activities/leave-feedback";
import { feedbackSchema } from "@/lib/activities/schemas";

export const POST = apiRoute({ roles: ["resident"], body: feedbackSchema }, ({ ctx, body, params }) => ({ status: 201, body: leaveFeedback(ctx, idParam(params), body) }));
