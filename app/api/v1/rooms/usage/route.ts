// GET /api/v1/rooms/usage?from&to — admin: minutes open and booked per room (room utilisation).
import { apiRoute } from "@/app/_server/api";
import { roomUsage } from "@/lib/rooms/queries";
import { dateRangeQuerySchema } from "@/lib/rooms/schemas";
import { localDateRange } from "@/lib/time";

export const GET = apiRoute({ roles: ["admin"], query: dateRangeQuerySchema }, ({ ctx, query }) => ({
  body: { items: roomUsage(ctx, localDateRange(query.from, query.to)!) },
}));
