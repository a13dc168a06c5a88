// POST /api/v1/appointments/{id}/complete — the session took place (its counsellor), optionally with {record}; 409 when illegal.
import { apiRoute, idParam } from "@/app/_server/api";
import { completeAppointment } from "@/lib/appointments/complete-appointment";
import { completeAppointmentSchema } from "@/lib/appointments/schemas";

export const POST = apiRoute({ roles: ["counselor"], body: completeAppointmentSchema }, ({ ctx, body, params }) => ({ body: completeAppointment(ctx, idParam(params), body) }));
