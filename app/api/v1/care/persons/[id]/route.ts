// GET /api/v1/care/persons/{id} — one person's file (its carers and admin; every read audited).
import { apiRoute, idParam } from "@/app/_server/api";
import { personDetailJson } from "@/lib/care/api-schemas";
import { getPerson } from "@/lib/care/queries";

export const GET = apiRoute({ roles: ["carer", "admin"] }, ({ ctx, params }) => ({ body: personDetailJson(getPerson(ctx, idParam(params))) }));
