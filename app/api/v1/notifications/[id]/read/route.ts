// POST /api/v1/notifications/{id}/read — marks one of the caller's notifications read (404 for anyone else's).
import { apiRoute, idParam } from "@/app/_server/api";
import { markNotificationRead } from "@/lib/notifications/mark-read";
import { emptySchema } from "@/lib/notifications/schemas";
import { toIsoLocal } from "@/lib/time";

export const POST = apiRoute({ body: emptySchema }, ({ ctx, params }) => {
  const r = markNotificationRead(ctx, idParam(params));
  return { body: { id: r.id, readAt: toIsoLocal(r.readAt) } };
});
