// POST /api/v1/reservations/{id}/cancel — the booker or an admin; frees the time. {scope: "following"} also cancels later occurrences of its series.
import { apiRoute, idParam } from "@/app/_server/api";
import { cancelReservation } from "@/lib/rooms/cancel-reservation";
import { cancelReservationSchema } from "@/lib/rooms/schemas";

export const POST = apiRoute({ body: cancelReservationSchema }, ({ ctx, body, params }) => {
  const id = idParam(params);
  const cancelled = cancelReservation(ctx, id, body);
  return { body: { id, status: "cancelled" as const, cancelledIds: cancelled.map((r) => r.id) } };
});
