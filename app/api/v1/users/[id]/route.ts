// GET /api/v1/users/{id} — one account (admin); PATCH — name, phone, profile, roles.
import { apiRoute, idParam } from "@/app/_server/api";
import { userDetailJson } from "@/lib/users/api-schemas";
import { getUser } from "@/lib/users/queries";
import { updateStaffUserSchema } from "@/lib/users/schemas";
import { updateStaffUser } from "@/lib/users/update-staff-user";

export const GET = apiRoute({ roles: ["admin"] }, ({ ctx, params }) => ({ body: userDetailJson(getUser(ctx, idParam(params))) }));

export const PATCH = apiRoute({ roles: ["admin"], body: updateStaffUserSchema }, ({ ctx, body, params }) => {
  const id = idParam(params);
  updateStaffUser(ctx, id, body);
  return { body: userDetailJson(getUser(ctx, id)) };
});
