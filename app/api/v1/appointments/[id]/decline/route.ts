// POST /api/v1/appointments/{id}/decline — the centre cannot take the request ({reason}); its held slot and room are freed.
import { apiRoute, idParam } from "@/app/_server/api";
import { declineAppointment } from "@/lib/appointments/decline-appointment";
import { declineAppointmentSchema } from "@/lib/appointments/schemas";

export const POST = apiRoute({ roles: ["counselor", "admin"], body: declineAppointmentSchema }, ({ ctx, body, params }) => ({ body: declineAppointment(ctx, idParam(params), body) }));
