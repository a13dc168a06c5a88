// GET /api/v1/counselors/{id}/availability?from&to — weekly rules and dated exceptions (staff).
// PUT — replace the weekly rules (the counsellor themselves, or an admin).
import { apiRoute, idParam } from "@/app/_server/api";
import { availabilityJson } from "@/lib/appointments/api-schemas";
import { getAvailability } from "@/lib/counselors/queries";
import { availabilityQuerySchema, setWeeklyAvailabilitySchema } from "@/lib/counselors/schemas";
import { setWeeklyAvailability } from "@/lib/counselors/set-weekly-availability";

export const GET = apiRoute({ query: availabilityQuerySchema }, ({ ctx, query, params }) => ({
  body: availabilityJson(getAvailability(ctx, idParam(params), { fromDate: query.from, toDate: query.to })),
}));

export const PUT = apiRoute({ body: setWeeklyAvailabilitySchema }, ({ ctx, body, params }) => {
  const id = idParam(params);
  setWeeklyAvailability(ctx, id, body);
  return { body: availabilityJson(getAvailability(ctx, id)) };
});
