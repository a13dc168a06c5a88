// GET /api/v1/activities — activities (upcoming by default; staff all, residents those not cancelled, each with their own sign-up).
// POST /api/v1/activities — teacher or admin creates an activity (weekly with `repeat`) and books its room; 409 when the room is taken.
import { apiRoute } from "@/app/_server/api";
import { activityJson, createdActivityJson } from "@/lib/activities/api-schemas";
import { createActivity } from "@/lib/activities/create-activity";
import { getActivity, listActivities } from "@/lib/activities/queries";
import { createActivitySchema, listActivitiesQuerySchema } from "@/lib/activities/schemas";

export const GET = apiRoute({ query: listActivitiesQuerySchema }, ({ ctx, query }) => {
  const page = listActivities(ctx, query);
  return { body: { items: page.items.map(activityJson), nextCursor: page.nextCursor } };
});

export const POST = apiRoute({ roles: ["teacher", "admin"], body: createActivitySchema }, ({ ctx, body }) => {
  const result = createActivity(ctx, body);
  return { status: result.replayed ? 200 : 201, body: createdActivityJson(getActivity(ctx, result.activities[0].id), result) };
});
