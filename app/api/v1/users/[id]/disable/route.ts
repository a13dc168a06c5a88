// POST /api/v1/users/{id}/disable — disable an account; its sessions end at their next request.
import { apiRoute, idParam } from "@/app/_server/api";
import { disableUserSchema } from "@/lib/users/schemas";
import { setUserActive } from "@/lib/users/set-user-active";

export const POST = apiRoute({ roles: ["admin"], body: disableUserSchema }, ({ ctx, body, params }) => {
  const id = idParam(params);
  return { body: { id, ...setUserActive(ctx, id, { active: false, reason: body.reason }) } };
});
