// POST /api/v1/users/{id}/reset-password — set a new password the user must change at next sign-in.
import { apiRoute, idParam } from "@/app/_server/api";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { resetPasswordSchema } from "@/lib/users/schemas";

export const POST = apiRoute({ roles: ["admin"], body: resetPasswordSchema }, async ({ ctx, body, params }) => {
  const id = idParam(params);
  await resetUserPassword(ctx, id, body);
  return { body: { id, mustChangePassword: true } };
});
