// GET /api/v1/appointments/{id} — one appointment the caller may see (404 otherwise), without session notes.
import { apiRoute, idParam } from "@/app/_server/api";
import { appointmentDetailJson } from "@/lib/appointments/api-schemas";
import { getAppointment } from "@/lib/appointments/queries";

export const GET = apiRoute({}, ({ ctx, params }) => ({ body: appointmentDetailJson(getAppointment(ctx, idParam(params))) }));
