import { and, count, desc, eq, isNull, lt, or } from "drizzle-orm";
import { notificationPreferences, notifications, type ChannelCode, type NotificationType } from "@/db/schema";
import type { Ctx } from "../context";
import { decodeKeyset, encodeKeyset } from "../hotline/cursor";
import { DEFAULT_CHANNELS, DEFAULT_QUIET_HOURS } from "./policy";

export interface NotificationItem {
  id: number;
  type: NotificationType;
  title: string;
  body: string | null;
  link: string | null;
  urgent: boolean;
  createdAt: Date;
  readAt: Date | null;
}

/** The caller's own notifications, newest first, by keyset pages. */
export function listNotifications(ctx: Ctx, opts: { limit?: number; cursor?: string } = {}): { items: NotificationItem[]; nextCursor: string | null } {
  const limit = opts.limit ?? 50;
  const after = decodeKeyset(opts.cursor);
  const rows = ctx.db
    .select({
      id: notifications.id,
      type: notifications.type,
      title: notifications.title,
      body: notifications.body,
      link: notifications.link,
      urgent: notifications.urgent,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, ctx.actor.userId),
        after ? or(lt(notifications.createdAt, after.at), and(eq(notifications.createdAt, after.at), lt(notifications.id, after.id))) : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit + 1)
    .all();
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeKeyset(last.createdAt, last.id) : null };
}

export function unreadCount(ctx: Ctx): number {
  return ctx.db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, ctx.actor.userId), isNull(notifications.readAt))).get()?.n ?? 0;
}

export interface Preferences {
  channels: ChannelCode[];
  quietHours: boolean;
}

export function getPreferences(ctx: Ctx): Preferences {
  const row = ctx.db.select({ channels: notificationPreferences.channels, quietHours: notificationPreferences.quietHours }).from(notificationPreferences).where(eq(notificationPreferences.userId, ctx.actor.userId)).get();
  return row ?? { channels: [...DEFAULT_CHANNELS], quietHours: DEFAULT_QUIET_HOURS };
}
