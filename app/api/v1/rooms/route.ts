// GET /api/v1/rooms — the room catalogue (active rooms; ?all=1 adds inactive ones for the admin).
import { apiRoute } from "@/app/_server/api";
import { roomJson } from "@/lib/rooms/api-schemas";
import { listRooms } from "@/lib/rooms/queries";
import { z } from "@/lib/zod";

export const GET = apiRoute({ query: z.strictObject({ all: z.enum(["0", "1"]).optional() }) }, ({ ctx, query }) => ({
  body: { items: listRooms(ctx, { includeInactive: query.all === "1" }).map(roomJson), nextCursor: null },
}));
