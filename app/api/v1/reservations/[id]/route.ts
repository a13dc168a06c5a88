// GET /api/v1/reservations/{id} — one reservation (residents: only their own, else 404).
import { apiRoute, idParam } from "@/app/_server/api";
import { reservationJson } from "@/lib/rooms/api-schemas";
import { getReservation } from "@/lib/rooms/queries";

export const GET = apiRoute({}, ({ ctx, params }) => ({ body: reservationJson(getReservation(ctx, idParam(params))) }));
