// GET /api/v1/counselors/{id}/slots?from&to&serviceId — the counsellor's free, bookable slots for a service (residents: at least two hours ahead).
import { apiRoute, idParam, itemsResponse } from "@/app/_server/api";
import { slotJson } from "@/lib/appointments/api-schemas";
import { getService } from "@/lib/appointments/queries";
import { counselorSlotsQuerySchema } from "@/lib/appointments/schemas";
import { computeSlots, type Slot } from "@/lib/appointments/slots";
import { getCounselor } from "@/lib/counselors/queries";
import { localDateRange } from "@/lib/time";

// Each kept slot's JSON text, made once (the slot lists are kept until anything changes).
const texts = new WeakMap<Slot, string>();

export const GET = apiRoute({ query: counselorSlotsQuerySchema }, ({ ctx, query, params }) => {
  const counselor = getCounselor(ctx, idParam(params));
  const service = getService(ctx, query.serviceId);
  const range = localDateRange(query.from, query.to)!;
  return itemsResponse(computeSlots(ctx, service, { ...range, counselorIds: [counselor.id] }), slotJson, texts);
});
