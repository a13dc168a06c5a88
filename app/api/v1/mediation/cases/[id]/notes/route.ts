// POST /api/v1/mediation/cases/{id}/notes — the assigned counsellor's psychological-support note.
import { apiRoute, idParam } from "@/app/_server/api";
import { addSupportNote } from "@/lib/mediation/add-support-note";
import { addSupportNoteSchema } from "@/lib/mediation/schemas";

export const POST = apiRoute({ roles: ["counselor"], body: addSupportNoteSchema }, ({ ctx, body, params }) => ({ status: 201, body: addSupportNote(ctx, idParam(params), body) }));
