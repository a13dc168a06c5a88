// POST /api/v1/care/persons/{id}/carers — set who visits the person (the whole list).
import { apiRoute, idParam } from "@/app/_server/api";
import { assignCarers } from "@/lib/care/assign-carers";
import { assignCarersSchema } from "@/lib/care/schemas";

export const POST = apiRoute({ roles: ["carer", "admin"], body: assignCarersSchema }, ({ ctx, params, body }) => ({ body: assignCarers(ctx, idParam(params), body) }));
