// POST /api/v1/care/persons/{id}/groups — the person joins another group (with its details and basis).
import { apiRoute, idParam } from "@/app/_server/api";
import { addGroup } from "@/lib/care/add-group";
import { addGroupSchema } from "@/lib/care/schemas";

export const POST = apiRoute({ roles: ["carer", "admin"], body: addGroupSchema }, ({ ctx, params, body }) => ({ status: 201, body: addGroup(ctx, idParam(params), body) }));
