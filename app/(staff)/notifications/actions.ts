"use server";
// 消息通知: marking read (any signed-in user, own notifications only) and the staff calendar feed.
import { revalidatePath } from "next/cache";
import { serverAction } from "@/app/_server/action";
import { STAFF_ROLES } from "@/lib/auth/actor";
import { resetOwnFeed } from "@/lib/calendar/feeds";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/mark-read";
import { emptySchema, markReadSchema } from "@/lib/notifications/schemas";

// The bell's count lives in the layouts: refresh them too.
const refresh = () => revalidatePath("/", "layout");

export const markNotificationReadAction = serverAction({ schema: markReadSchema }, (ctx, input) => {
  markNotificationRead(ctx, input.id);
  refresh();
});

export const markAllNotificationsReadAction = serverAction({ schema: emptySchema }, (ctx) => {
  const r = markAllNotificationsRead(ctx);
  refresh();
  return r;
});

export const resetCalendarFeedAction = serverAction({ roles: [...STAFF_ROLES], schema: emptySchema }, (ctx) => resetOwnFeed(ctx).path);
