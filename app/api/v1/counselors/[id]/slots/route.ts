// GET /api/v1/counselors/{id}/slots?from&to&serviceId — the counsellor's free, bookable slots for a service (residents: at least two hours ahead).
import { apiRoute, idParam } from "@/app/_server/api";
import { slotJson } from "@/lib/appointments/api-schemas";
import { getService } from "@/lib/appointments/queries";
import { counselorSlotsQuerySchema } from "@/lib/appointments/schemas";
import { computeSlots } from "@/lib/appointments/slots";
import { getCounselor } from "@/lib/counselors/queries";
import { localDateRange } from "@/lib/time";

export const GET = apiRoute({ query: counselorSlotsQuerySchema }, ({ ctx, query, params }) => {
  const counselor = getCounselor(ctx, idParam(params));
  const service = getService(ctx, query.serviceId);
  const range = localDateRange(query.from, query.to)!;
  return { body: { items: computeSlots(ctx, service, { ...range, counselorIds: [counselor.id] }).map(slotJson), nextCursor: null } };
});
