// GET /api/v1/activities/{id}/signups — the roster with waitlist and feedback: the activity's teachers and the admin only (404 otherwise).
// POST /api/v1/activities/{id}/signups — a resident signs up: 201 {status: "registered" | "waitlisted"}; 409 when already signed up or sign-ups are closed.
import { apiRoute, idParam } from "@/app/_server/api";
import { rosterJson } from "@/lib/activities/api-schemas";
import { activityRoster } from "@/lib/activities/queries";
import { emptySchema } from "@/lib/activities/schemas";
import { signUp } from "@/lib/activities/sign-up";

export const GET = apiRoute({ roles: ["teacher", "admin"] }, ({ ctx, params }) => ({ body: rosterJson(activityRoster(ctx, idParam(params))) }));

export const POST = apiRoute({ roles: ["resident"], body: emptySchema }, ({ ctx, params }) => {
  const r = signUp(ctx, idParam(params));
  return { status: 201, body: { status: r.status, waitlistPosition: r.waitlistPosition } };
});
