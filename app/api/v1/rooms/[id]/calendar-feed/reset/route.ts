// POST /api/v1/rooms/{id}/calendar-feed/reset — a new secret feed URL for a room (admin); the old one gives 404.
import { apiRoute, idParam } from "@/app/_server/api";
import { resetRoomFeed } from "@/lib/calendar/feeds";
import { emptySchema } from "@/lib/notifications/schemas";

export const POST = apiRoute({ roles: ["admin"], body: emptySchema }, ({ ctx, params, req }) => ({ body: { url: new URL(resetRoomFeed(ctx, idParam(params)).path, req.nextUrl.origin).toString() } }));
