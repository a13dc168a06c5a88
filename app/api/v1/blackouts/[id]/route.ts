// DELETE /api/v1/blackouts/{id} — admin lifts a blackout.
import { apiRoute, idParam } from "@/app/_server/api";
import { removeBlackout } from "@/lib/rooms/remove-blackout";

export const DELETE = apiRoute({ roles: ["admin"] }, ({ ctx, params }) => {
  const id = idParam(params);
  removeBlackout(ctx, id);
  return { body: { id, removed: true } };
});
