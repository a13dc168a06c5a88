// POST /api/v1/appointments/{id}/cancel — its resident, its counsellor or an admin, before the start ({reason}); frees slot and room.
import { apiRoute, idParam } from "@/app/_server/api";
import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { cancelAppointmentSchema } from "@/lib/appointments/schemas";

export const POST = apiRoute({ body: cancelAppointmentSchema }, ({ ctx, body, params }) => ({ body: cancelAppointment(ctx, idParam(params), body) }));
