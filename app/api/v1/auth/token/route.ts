// POST /api/v1/auth/token — exchange username and password for a bearer token (same lockout as the login page).
import { publicRoute } from "@/app/_server/api";
import { signInSchema } from "@/lib/auth/schemas";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { toIsoLocal } from "@/lib/time";

export const POST = publicRoute({ body: signInSchema }, async ({ ctx, body }) => {
  const { user, session } = await signInWithPassword(ctx, body, "api");
  return {
    status: 200,
    body: { token: session.token, expiresAt: toIsoLocal(session.expiresAt), user: { id: user.id, username: user.username, name: user.name, roles: user.roles } },
  };
});
