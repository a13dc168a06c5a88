// POST /api/v1/activities/{id}/signups/cancel — the resident gives up their place; the first waitlisted resident is promoted and told.
import { apiRoute, idParam } from "@/app/_server/api";
import { cancelSignup } from "@/lib/activities/cancel-signup";
import { emptySchema } from "@/lib/activities/schemas";

export const POST = apiRoute({ roles: ["resident"], body: emptySchema }, ({ ctx, params }) => ({ body: cancelSignup(ctx, idParam(params)) }));
