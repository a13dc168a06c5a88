// POST /api/v1/activities/{id}/cancel — its teachers or the admin cancel it (and, with scope "following", the later weeks): rooms freed, residents told.
import { apiRoute, idParam } from "@/app/_server/api";
import { cancelActivity } from "@/lib/activities/cancel-activity";
import { cancelActivitySchema } from "@/lib/activities/schemas";

export const POST = apiRoute({ roles: ["teacher", "admin"], body: cancelActivitySchema }, ({ ctx, body, params }) => {
  const id = idParam(params);
  const { cancelledIds } = cancelActivity(ctx, id, body);
  return { body: { id, status: "cancelled" as const, cancelledIds } };
});
