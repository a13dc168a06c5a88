// GET /api/v1/appointments — the caller's appointments (resident: own; counsellor: own; admin: all), filtered, newest first; ?queue=1 is the triage queue.
// POST /api/v1/appointments — request one (201; a repeat with the same requestKey gives 200 and the same appointment); 409 when the slot is not free.
import { apiRoute } from "@/app/_server/api";
import { appointmentJson } from "@/lib/appointments/api-schemas";
import { listAppointments, triageQueue } from "@/lib/appointments/queries";
import { requestAppointment } from "@/lib/appointments/request-appointment";
import { listAppointmentsQuerySchema, requestAppointmentSchema } from "@/lib/appointments/schemas";
import { addLocalDays, parseLocalDate, toIsoLocal } from "@/lib/time";

export const GET = apiRoute({ query: listAppointmentsQuerySchema }, ({ ctx, query }) => {
  if (query.queue === "1") return { body: { items: triageQueue(ctx, query.limit).map(appointmentJson), nextCursor: null } };
  const page = listAppointments(ctx, {
    status: query.status,
    mode: query.mode,
    counselorId: query.counselorId,
    residentId: query.residentId,
    serviceId: query.serviceId,
    start: query.from ? parseLocalDate(query.from)! : undefined,
    end: query.to ? addLocalDays(parseLocalDate(query.to)!, 1) : undefined,
    q: query.q,
    limit: query.limit,
    cursor: query.cursor,
  });
  return { body: { items: page.items.map(appointmentJson), nextCursor: page.nextCursor } };
});

export const POST = apiRoute({ body: requestAppointmentSchema }, ({ ctx, body }) => {
  const r = requestAppointment(ctx, body);
  return {
    status: r.replayed ? 200 : 201,
    body: {
      id: r.id,
      status: r.status,
      mode: r.mode,
      serviceId: r.serviceId,
      counselorId: r.counselorId,
      startAt: r.startAt ? toIsoLocal(r.startAt) : null,
      endAt: r.endAt ? toIsoLocal(r.endAt) : null,
      holdExpiresAt: r.holdExpiresAt ? toIsoLocal(r.holdExpiresAt) : null,
      roomId: r.roomId,
    },
  };
});
