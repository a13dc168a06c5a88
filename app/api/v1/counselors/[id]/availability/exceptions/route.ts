// POST /api/v1/counselors/{id}/availability/exceptions — leave or extra hours on one date; 201 with the sessions a leave touches.
import { apiRoute, idParam } from "@/app/_server/api";
import { addAvailabilityException } from "@/lib/counselors/add-availability-exception";
import { availabilityExceptionSchema } from "@/lib/counselors/schemas";

export const POST = apiRoute({ body: availabilityExceptionSchema }, ({ ctx, body, params }) => ({
  status: 201,
  body: addAvailabilityException(ctx, idParam(params), body),
}));
