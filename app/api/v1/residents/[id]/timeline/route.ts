// GET /api/v1/residents/{id}/timeline — one person's file across areas (一人一档), each item as the caller's roles allow.
import { apiRoute, idParam } from "@/app/_server/api";
import { STAFF_ROLES } from "@/lib/auth/actor";
import { timelineJson } from "@/lib/residents/api-schemas";
import { personTimeline } from "@/lib/residents/timeline";

export const GET = apiRoute({ roles: [...STAFF_ROLES] }, ({ ctx, params }) => ({ body: timelineJson(personTimeline(ctx, idParam(params))) }));
