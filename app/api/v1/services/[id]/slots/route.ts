// GET /api/v1/services/{id}/slots?from&to — free slots of every counsellor who may give the service (with their id and the free rooms).
import { apiRoute, idParam, itemsResponse } from "@/app/_server/api";
import { serviceSlotJson } from "@/lib/appointments/api-schemas";
import { getService } from "@/lib/appointments/queries";
import { serviceSlotsQuerySchema } from "@/lib/appointments/schemas";
import { computeSlots, type Slot } from "@/lib/appointments/slots";
import { localDateRange } from "@/lib/time";

// Each kept slot's JSON text, made once (the slot lists are kept until anything changes).
const texts = new WeakMap<Slot, string>();

export const GET = apiRoute({ query: serviceSlotsQuerySchema }, ({ ctx, query, params }) => {
  const service = getService(ctx, idParam(params));
  const range = localDateRange(query.from, query.to)!;
  return itemsResponse(computeSlots(ctx, service, range), serviceSlotJson, texts);
});
