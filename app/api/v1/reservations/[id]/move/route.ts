// POST /api/v1/reservations/{id}/move — new times (and maybe another room), checked like a new booking; 409 when taken.
import { apiRoute, idParam } from "@/app/_server/api";
import { reservationRefJson } from "@/lib/rooms/api-schemas";
import { moveReservation } from "@/lib/rooms/move-reservation";
import { moveReservationSchema } from "@/lib/rooms/schemas";

export const POST = apiRoute({ body: moveReservationSchema }, ({ ctx, body, params }) => ({
  body: reservationRefJson(moveReservation(ctx, idParam(params), body)),
}));
