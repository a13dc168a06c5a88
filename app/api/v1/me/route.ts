// GET /api/v1/me — who the token or cookie belongs to, roles as of this request.
import { apiRoute } from "@/app/_server/api";

export const GET = apiRoute({}, ({ ctx }) => ({
  body: { id: ctx.actor.userId, username: ctx.actor.username, name: ctx.actor.name, roles: ctx.actor.roles },
}));
