// POST /api/v1/care/persons/{id}/exit — end a person's care with reason and date.
import { apiRoute, idParam } from "@/app/_server/api";
import { exitPerson } from "@/lib/care/exit-person";
import { exitPersonSchema } from "@/lib/care/schemas";

export const POST = apiRoute({ roles: ["carer", "admin"], body: exitPersonSchema }, ({ ctx, params, body }) => ({ body: exitPerson(ctx, idParam(params), body) }));
