// POST /api/v1/me/calendar-feed/reset — a new secret feed URL for the caller (staff); the old one gives 404.
import { apiRoute } from "@/app/_server/api";
import { STAFF_ROLES } from "@/lib/auth/actor";
import { resetOwnFeed } from "@/lib/calendar/feeds";
import { emptySchema } from "@/lib/notifications/schemas";

export const POST = apiRoute({ roles: [...STAFF_ROLES], body: emptySchema }, ({ ctx, req }) => ({ body: { url: new URL(resetOwnFeed(ctx).path, req.nextUrl.origin).toString() } }));
