// PATCH /api/v1/care/persons/{id}/details — replace one current group's details.
import { apiRoute, idParam } from "@/app/_server/api";
import { updateDetails } from "@/lib/care/update-details";
import { updateDetailsSchema } from "@/lib/care/schemas";

export const PATCH = apiRoute({ roles: ["carer", "admin"], body: updateDetailsSchema }, ({ ctx, params, body }) => ({ body: updateDetails(ctx, idParam(params), body) }));
