// GET /api/v1/rooms/{id} — one room; PATCH — the admin's room settings (full set of fields).
import { apiRoute, idParam } from "@/app/_server/api";
import { roomJson } from "@/lib/rooms/api-schemas";
import { getRoom } from "@/lib/rooms/queries";
import { updateRoomSchema } from "@/lib/rooms/schemas";
import { updateRoom } from "@/lib/rooms/update-room";

export const GET = apiRoute({}, ({ ctx, params }) => ({ body: roomJson(getRoom(ctx, idParam(params))) }));

export const PATCH = apiRoute({ roles: ["admin"], body: updateRoomSchema }, ({ ctx, body, params }) => {
  const id = idParam(params);
  updateRoom(ctx, id, body);
  return { body: roomJson(getRoom(ctx, id)) };
});
