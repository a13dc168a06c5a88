// POST /api/v1/hotline/calls/{id}/resident — link the call to a resident's file, or unlink with null (its operator, admin).
import { apiRoute, idParam } from "@/app/_server/api";
import { linkCallResident } from "@/lib/hotline/link-call-resident";
import { linkResidentSchema } from "@/lib/hotline/schemas";

export const POST = apiRoute({ roles: ["hotline", "admin"], body: linkResidentSchema }, ({ ctx, body, params }) => ({ body: linkCallResident(ctx, idParam(params), body) }));
