// GET /api/v1/rooms/{id}/slots?date=YYYY-MM-DD&minutes= — free start times the booking engine would accept now.
import { apiRoute, idParam } from "@/app/_server/api";
import { freeSlots } from "@/lib/rooms/queries";
import { freeSlotsQuerySchema } from "@/lib/rooms/schemas";
import { toIsoLocal } from "@/lib/time";

export const GET = apiRoute({ query: freeSlotsQuerySchema }, ({ ctx, query, params }) => ({
  body: { items: freeSlots(ctx, idParam(params), query.date, query.minutes).map((s) => ({ startAt: toIsoLocal(s.startAt), endAt: toIsoLocal(s.endAt) })), nextCursor: null },
}));
