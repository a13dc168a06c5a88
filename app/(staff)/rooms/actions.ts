"use server";
// Room bookings from the staff pages. Each action is a public endpoint: staff only, the same
// schemas as the API (plus the reservation id), one lib/rooms use case behind each.
import { serverAction } from "@/app/_server/action";
import { STAFF_ROLES } from "@/lib/auth/actor";
import { cancelReservation } from "@/lib/rooms/cancel-reservation";
import { moveReservation } from "@/lib/rooms/move-reservation";
import { reserveRoom } from "@/lib/rooms/reserve-room";
import { reserveSeries } from "@/lib/rooms/reserve-series";
import { cancelReservationSchema, moveReservationSchema, reserveRoomSchema, reserveSeriesSchema } from "@/lib/rooms/schemas";
import { z } from "@/lib/zod";

const withId = { id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) };
const roles = [...STAFF_ROLES];

export const reserveRoomAction = serverAction({ roles, schema: reserveRoomSchema }, (ctx, input) => ({ id: reserveRoom(ctx, input).reservation.id }));

export const reserveSeriesAction = serverAction({ roles, schema: reserveSeriesSchema }, (ctx, input) => {
  const r = reserveSeries(ctx, input);
  return { firstId: r.created[0]?.id ?? null, created: r.created.length, skipped: r.occurrences.filter((o) => o.problem).length };
});

export const cancelReservationAction = serverAction({ roles, schema: cancelReservationSchema.safeExtend(withId) }, (ctx, { id, ...input }) => ({
  cancelled: cancelReservation(ctx, id, input).length,
}));

export const moveReservationAction = serverAction({ roles, schema: moveReservationSchema.safeExtend(withId) }, (ctx, { id, ...input }) => ({ id: moveReservation(ctx, id, input).id }));
