"use server";
// A resident's own room bookings. Each action is a public endpoint: residents only, the same
// schemas as the API; the use cases keep residents to resident-bookable rooms and their own bookings.
import { serverAction } from "@/app/_server/action";
import { cancelReservation } from "@/lib/rooms/cancel-reservation";
import { reserveRoom } from "@/lib/rooms/reserve-room";
import { cancelReservationSchema, reserveRoomSchema } from "@/lib/rooms/schemas";
import { z } from "@/lib/zod";

const withId = { id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) };

export const bookRoomAction = serverAction({ roles: ["resident"], schema: reserveRoomSchema }, (ctx, input) => ({ id: reserveRoom(ctx, input).reservation.id }));

export const cancelMyReservationAction = serverAction({ roles: ["resident"], schema: cancelReservationSchema.safeExtend(withId) }, (ctx, { id, ...input }) => ({
  cancelled: cancelReservation(ctx, id, input).length,
}));
