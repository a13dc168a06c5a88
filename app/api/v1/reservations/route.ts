// GET /api/v1/reservations — my reservations (residents: always their own; staff: ?mine=1, or everyone's).
// POST /api/v1/reservations — book a room (201; a repeat with the same requestKey gives 200 and the same reservation); 409 when taken or full.
import { apiRoute } from "@/app/_server/api";
import { reservationJson, reservationRefJson } from "@/lib/rooms/api-schemas";
import { listReservations } from "@/lib/rooms/queries";
import { reserveRoom } from "@/lib/rooms/reserve-room";
import { listReservationsQuerySchema, reserveRoomSchema } from "@/lib/rooms/schemas";
import { addLocalDays, parseLocalDate } from "@/lib/time";

export const GET = apiRoute({ query: listReservationsQuerySchema }, ({ ctx, query }) => {
  const start = query.from ? parseLocalDate(query.from)! : undefined;
  const end = query.to ? addLocalDays(parseLocalDate(query.to)!, 1) : undefined;
  const page = listReservations(ctx, { mine: query.mine === "1", roomId: query.roomId, status: query.status, start, end, limit: query.limit, cursor: query.cursor });
  return { body: { items: page.items.map(reservationJson), nextCursor: page.nextCursor } };
});

export const POST = apiRoute({ body: reserveRoomSchema }, ({ ctx, body }) => {
  const { reservation, replayed } = reserveRoom(ctx, body);
  return { status: replayed ? 200 : 201, body: reservationRefJson(reservation) };
});
