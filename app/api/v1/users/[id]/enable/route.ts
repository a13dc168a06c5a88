// POST /api/v1/users/{id}/enable — let a disabled account sign in again.
import { apiRoute, idParam } from "@/app/_server/api";
import { enableUserSchema } from "@/lib/users/schemas";
import { setUserActive } from "@/lib/users/set-user-active";

export const POST = apiRoute({ roles: ["admin"], body: enableUserSchema }, ({ ctx, params }) => {
  const id = idParam(params);
  return { body: { id, ...setUserActive(ctx, id, { active: true }) } };
});
