"use server";
// The admin's room settings and blackouts. Each action is a public endpoint: admin only, the same
// schemas as the API (plus the id), one lib/rooms use case behind each.
import { serverAction } from "@/app/_server/action";
import { addBlackout } from "@/lib/rooms/add-blackout";
import { removeBlackout } from "@/lib/rooms/remove-blackout";
import { addBlackoutSchema, updateRoomSchema } from "@/lib/rooms/schemas";
import { updateRoom } from "@/lib/rooms/update-room";
import { z } from "@/lib/zod";

const withId = { id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) };

export const updateRoomAction = serverAction({ roles: ["admin"], schema: updateRoomSchema.safeExtend(withId) }, (ctx, { id, ...input }) => {
  updateRoom(ctx, id, input);
});

export const addBlackoutAction = serverAction({ roles: ["admin"], schema: addBlackoutSchema }, (ctx, input) => addBlackout(ctx, input));

export const removeBlackoutAction = serverAction({ roles: ["admin"], schema: z.strictObject(withId) }, (ctx, { id }) => {
  removeBlackout(ctx, id);
});
