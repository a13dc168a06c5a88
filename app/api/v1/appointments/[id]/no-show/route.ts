// POST /api/v1/appointments/{id}/no-show — the resident did not come (after the start); 409 when illegal.
import { apiRoute, idParam } from "@/app/_server/api";
import { markNoShow } from "@/lib/appointments/mark-no-show";
import { stateChangeSchema } from "@/lib/appointments/schemas";

export const POST = apiRoute({ roles: ["counselor", "admin"], body: stateChangeSchema }, ({ ctx, body, params }) => ({ body: markNoShow(ctx, idParam(params), body) }));
