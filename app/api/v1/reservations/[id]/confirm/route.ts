// POST /api/v1/reservations/{id}/confirm — a hold becomes a booking; a lapsed hold only if its time is still free.
import { apiRoute, idParam } from "@/app/_server/api";
import { reservationRefJson } from "@/lib/rooms/api-schemas";
import { confirmReservation } from "@/lib/rooms/confirm-reservation";

export const POST = apiRoute({}, ({ ctx, params }) => ({ body: reservationRefJson(confirmReservation(ctx, idParam(params))) }));
