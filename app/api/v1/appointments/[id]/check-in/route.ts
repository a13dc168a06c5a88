// POST /api/v1/appointments/{id}/check-in — the resident has arrived (from an hour before the start); 409 outside that time.
import { apiRoute, idParam } from "@/app/_server/api";
import { checkInAppointment } from "@/lib/appointments/check-in-appointment";
import { stateChangeSchema } from "@/lib/appointments/schemas";

export const POST = apiRoute({ roles: ["counselor", "admin"], body: stateChangeSchema }, ({ ctx, body, params }) => ({ body: checkInAppointment(ctx, idParam(params), body) }));
