// POST /api/v1/care/activities — an organised activity; one visit of kind "activity" per participant.
import { apiRoute } from "@/app/_server/api";
import { recordGroupActivity } from "@/lib/care/record-group-activity";
import { recordActivitySchema } from "@/lib/care/schemas";

export const POST = apiRoute({ roles: ["carer", "admin"], body: recordActivitySchema }, ({ ctx, body }) => ({ status: 201, body: recordGroupActivity(ctx, body) }));
