// GET /api/v1/services/{id}/slots?from&to — free slots of every counsellor who may give the service (with their id and the free rooms).
import { apiRoute, idParam } from "@/app/_server/api";
import { serviceSlotJson } from "@/lib/appointments/api-schemas";
import { getService } from "@/lib/appointments/queries";
import { serviceSlotsQuerySchema } from "@/lib/appointments/schemas";
import { computeSlots } from "@/lib/appointments/slots";
import { localDateRange } from "@/lib/time";

export const GET = apiRoute({ query: serviceSlotsQuerySchema }, ({ ctx, query, params }) => {
  const service = getService(ctx, idParam(params));
  const range = localDateRange(query.from, query.to)!;
  return { body: { items: computeSlots(ctx, service, range).map(serviceSlotJson), nextCursor: null } };
});
