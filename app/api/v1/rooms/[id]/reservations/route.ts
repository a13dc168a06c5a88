// GET /api/v1/rooms/{id}/reservations?from&to — staff: the room's live reservations; residents: busy times and their own only.
import { apiRoute, idParam } from "@/app/_server/api";
import { isStaff } from "@/lib/auth/actor";
import { availabilityJson, reservationJson } from "@/lib/rooms/api-schemas";
import { roomAvailability, roomReservations } from "@/lib/rooms/queries";
import { roomReservationsQuerySchema } from "@/lib/rooms/schemas";
import { localDateRange } from "@/lib/time";

export const GET = apiRoute({ query: roomReservationsQuerySchema }, ({ ctx, query, params }) => {
  const roomId = idParam(params);
  const range = localDateRange(query.from, query.to)!;
  if (!isStaff(ctx.actor)) return { body: availabilityJson(roomAvailability(ctx, roomId, range)) };
  const page = roomReservations(ctx, roomId, { ...range, limit: query.limit, cursor: query.cursor });
  return { body: { items: page.items.map(reservationJson), nextCursor: page.nextCursor } };
});
