// POST /api/v1/appointments/{id}/reschedule — a confirmed session to a new time (and maybe room), checked like a new booking; 409 when not free.
import { apiRoute, idParam } from "@/app/_server/api";
import { rescheduleAppointment } from "@/lib/appointments/reschedule-appointment";
import { rescheduleAppointmentSchema } from "@/lib/appointments/schemas";
import { toIsoLocal } from "@/lib/time";

export const POST = apiRoute({ roles: ["counselor", "admin"], body: rescheduleAppointmentSchema }, ({ ctx, body, params }) => {
  const r = rescheduleAppointment(ctx, idParam(params), body);
  return { body: { id: r.id, status: r.status, startAt: toIsoLocal(r.startAt), endAt: toIsoLocal(r.endAt), roomId: r.roomId, version: r.version } };
});
