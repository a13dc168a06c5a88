import "server-only";
import type { Ctx } from "@/lib/context";
import { listNotifications } from "@/lib/notifications/queries";
import { formatShortDate, formatTime } from "@/lib/time";
import type { NotificationRow } from "./notification-list";

/** The caller's latest notifications as plain rows for the client list. */
export function notificationRows(ctx: Ctx, limit = 100): NotificationRow[] {
  return listNotifications(ctx, { limit }).items.map((n) => ({
    id: n.id,
    type: n.type,
    title: n.title,
    body: n.body,
    link: n.link,
    urgent: n.urgent,
    when: `${formatShortDate(n.createdAt)} ${formatTime(n.createdAt)}`,
    read: n.readAt !== null,
  }));
}
