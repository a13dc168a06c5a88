import { and, eq, isNull } from "drizzle-orm";
import { notifications } from "@/db/schema";
import type { Ctx } from "../context";
import { notFound } from "../errors";
import { t } from "../i18n/messages";

/** Marks one of the caller's notifications read (twice is fine); anybody else's is "not found". */
export function markNotificationRead(ctx: Ctx, id: number): { id: number; readAt: Date } {
  return ctx.db.transaction(
    () => {
      const mine = and(eq(notifications.id, id), eq(notifications.userId, ctx.actor.userId));
      const row = ctx.db.select({ readAt: notifications.readAt }).from(notifications).where(mine).get();
      if (!row) throw notFound(t("notifications.error.notFound"));
      if (row.readAt) return { id, readAt: row.readAt };
      ctx.db.update(notifications).set({ readAt: ctx.now }).where(mine).run();
      return { id, readAt: ctx.now };
    },
    { behavior: "immediate" },
  );
}

/** Marks all of the caller's unread notifications read; returns how many were unread. */
export function markAllNotificationsRead(ctx: Ctx): { updated: number } {
  const res = ctx.db
    .update(notifications)
    .set({ readAt: ctx.now })
    .where(and(eq(notifications.userId, ctx.actor.userId), isNull(notifications.readAt)))
    .run();
  return { updated: res.changes };
}
