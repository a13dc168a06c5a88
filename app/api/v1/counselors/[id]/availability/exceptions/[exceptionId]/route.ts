// DELETE /api/v1/counselors/{id}/availability/exceptions/{exceptionId} — remove a leave or extra-hours entry.
import { apiRoute, idParam } from "@/app/_server/api";
import { removeAvailabilityException } from "@/lib/counselors/remove-availability-exception";

export const DELETE = apiRoute({}, ({ ctx, params }) => ({
  body: { ...removeAvailabilityException(ctx, idParam(params), idParam(params, "exceptionId")), removed: true },
}));
