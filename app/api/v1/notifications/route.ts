// GET /api/v1/notifications — the caller's own notifications, newest first, with the unread count.
import { apiRoute } from "@/app/_server/api";
import { notificationJson } from "@/lib/notifications/api-schemas";
import { listNotifications, unreadCount } from "@/lib/notifications/queries";
import { listNotificationsQuerySchema } from "@/lib/notifications/schemas";

export const GET = apiRoute({ query: listNotificationsQuerySchema }, ({ ctx, query }) => {
  const { items, nextCursor } = listNotifications(ctx, query);
  return { body: { items: items.map(notificationJson), nextCursor, unread: unreadCount(ctx) } };
});
