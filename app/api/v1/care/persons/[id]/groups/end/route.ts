// POST /api/v1/care/persons/{id}/groups/end — the person leaves one group but stays in care.
import { apiRoute, idParam } from "@/app/_server/api";
import { endGroup } from "@/lib/care/end-group";
import { endGroupSchema } from "@/lib/care/schemas";

export const POST = apiRoute({ roles: ["carer", "admin"], body: endGroupSchema }, ({ ctx, params, body }) => ({ body: endGroup(ctx, idParam(params), body) }));
