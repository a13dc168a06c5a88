// GET /api/v1/blackouts?from&to — periods in which rooms cannot be booked; POST — admin adds one (roomId null = every room).
import { apiRoute } from "@/app/_server/api";
import { addBlackout } from "@/lib/rooms/add-blackout";
import { blackoutJson } from "@/lib/rooms/api-schemas";
import { listBlackouts } from "@/lib/rooms/queries";
import { addBlackoutSchema, dateRangeQuerySchema } from "@/lib/rooms/schemas";
import { localDateRange } from "@/lib/time";

export const GET = apiRoute({ query: dateRangeQuerySchema }, ({ ctx, query }) => ({
  body: { items: listBlackouts(ctx, localDateRange(query.from, query.to)!).map(blackoutJson), nextCursor: null },
}));

export const POST = apiRoute({ roles: ["admin"], body: addBlackoutSchema }, ({ ctx, body }) => {
  const { id, affectedReservationIds } = addBlackout(ctx, body);
  return { status: 201, body: { id, affectedReservationIds } };
});
