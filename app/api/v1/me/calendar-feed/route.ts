// GET /api/v1/me/calendar-feed — the URL of the caller's own secret iCalendar feed (staff), made on first use.
import { apiRoute } from "@/app/_server/api";
import { STAFF_ROLES } from "@/lib/auth/actor";
import { getOwnFeed } from "@/lib/calendar/feeds";

export const GET = apiRoute({ roles: [...STAFF_ROLES] }, ({ ctx, req }) => ({ body: { url: new URL(getOwnFeed(ctx).path, req.nextUrl.origin).toString() } }));
