// GET /api/v1/rooms/{id}/calendar-feed — the URL of a room's secret iCalendar feed (admin), made on first use.
import { apiRoute, idParam } from "@/app/_server/api";
import { getRoomFeed } from "@/lib/calendar/feeds";

export const GET = apiRoute({ roles: ["admin"] }, ({ ctx, params, req }) => ({ body: { url: new URL(getRoomFeed(ctx, idParam(params)).path, req.nextUrl.origin).toString() } }));
