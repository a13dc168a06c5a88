// GET /api/v1/hotline/shifts/{id}/handover-notes — notes left on a shift; POST — add one (hotline, admin).
import { apiRoute, idParam } from "@/app/_server/api";
import { addHandoverNote } from "@/lib/hotline/add-handover-note";
import { handoverNoteJson } from "@/lib/hotline/api-schemas";
import { getShift, listHandoverNotes } from "@/lib/hotline/queries";
import { handoverNoteSchema } from "@/lib/hotline/schemas";

export const GET = apiRoute({ roles: ["hotline", "admin"] }, ({ ctx, params }) => {
  const id = idParam(params);
  getShift(ctx, id);
  return { body: { items: listHandoverNotes(ctx, id).map(handoverNoteJson), nextCursor: null } };
});

export const POST = apiRoute({ roles: ["hotline", "admin"], body: handoverNoteSchema }, ({ ctx, body, params }) => ({
  status: 201,
  body: addHandoverNote(ctx, idParam(params), body),
}));
