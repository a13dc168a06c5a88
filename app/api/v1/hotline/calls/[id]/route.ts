// GET /api/v1/hotline/calls/{id} — one call with its summary (hotline, admin; audited); PUT — its operator or admin corrects it.
import { apiRoute, idParam } from "@/app/_server/api";
import { callDetailJson } from "@/lib/hotline/api-schemas";
import { readCall } from "@/lib/hotline/read-call";
import { updateCallSchema } from "@/lib/hotline/schemas";
import { updateCall } from "@/lib/hotline/update-call";

export const GET = apiRoute({ roles: ["hotline", "admin"] }, ({ ctx, params }) => ({ body: callDetailJson(readCall(ctx, idParam(params))) }));

export const PUT = apiRoute({ roles: ["hotline", "admin"], body: updateCallSchema }, ({ ctx, body, params }) => ({ body: updateCall(ctx, idParam(params), body) }));
