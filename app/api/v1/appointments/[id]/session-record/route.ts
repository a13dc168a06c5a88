// GET /api/v1/appointments/{id}/session-record — the record's text: its author; an admin with ?reason= (audited); 404 for anyone else.
// PUT — write or rewrite it (the appointment's counsellor, after completion).
import { apiRoute, idParam } from "@/app/_server/api";
import { sessionRecordJson } from "@/lib/appointments/api-schemas";
import { readSessionRecord } from "@/lib/appointments/read-session-record";
import { saveSessionRecord } from "@/lib/appointments/save-session-record";
import { readSessionRecordQuerySchema, sessionRecordSchema } from "@/lib/appointments/schemas";

export const GET = apiRoute({ query: readSessionRecordQuerySchema }, ({ ctx, query, params }) => ({
  body: sessionRecordJson(readSessionRecord(ctx, idParam(params), { reason: query.reason })),
}));

export const PUT = apiRoute({ roles: ["counselor"], body: sessionRecordSchema }, ({ ctx, body, params }) => {
  const id = idParam(params);
  saveSessionRecord(ctx, id, body);
  return { body: sessionRecordJson(readSessionRecord(ctx, id)) };
});
