// GET /api/v1/activities/{id} — one activity with its counts and the caller's own sign-up (never other residents').
// PATCH /api/v1/activities/{id} — its teachers or the admin change it before it starts; new times or room rebook through the engine (409 on a clash).
import { apiRoute, idParam } from "@/app/_server/api";
import { activityDetailJson } from "@/lib/activities/api-schemas";
import { getActivity } from "@/lib/activities/queries";
import { updateActivitySchema } from "@/lib/activities/schemas";
import { updateActivity } from "@/lib/activities/update-activity";

export const GET = apiRoute({}, ({ ctx, params }) => ({ body: activityDetailJson(getActivity(ctx, idParam(params))) }));

export const PATCH = apiRoute({ roles: ["teacher", "admin"], body: updateActivitySchema }, ({ ctx, body, params }) => {
  const id = idParam(params);
  updateActivity(ctx, id, body);
  return { body: activityDetailJson(getActivity(ctx, id)) };
});
