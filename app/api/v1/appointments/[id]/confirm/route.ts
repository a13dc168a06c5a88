// POST /api/v1/appointments/{id}/confirm — match and lock counsellor, time and room (counsellor for themselves, admin); 409 on any clash.
import { apiRoute, idParam } from "@/app/_server/api";
import { confirmAppointment } from "@/lib/appointments/confirm-appointment";
import { confirmAppointmentSchema } from "@/lib/appointments/schemas";
import { toIsoLocal } from "@/lib/time";

export const POST = apiRoute({ roles: ["counselor", "admin"], body: confirmAppointmentSchema }, ({ ctx, body, params }) => {
  const r = confirmAppointment(ctx, idParam(params), body);
  return { body: { id: r.id, status: r.status, counselorId: r.counselorId, startAt: toIsoLocal(r.startAt), endAt: toIsoLocal(r.endAt), roomId: r.roomId, version: r.version } };
});
