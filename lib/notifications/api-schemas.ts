import { CHANNELS, NOTIFICATION_TYPES } from "@/db/schema";
import { toIsoLocal } from "../time";
import { z } from "../zod";
import type { NotificationItem } from "./queries";

/** JSON shapes of the notifications and calendar-feed API (times as ISO with +08:00). */
const time = z.string().meta({ description: "ISO 8601 with +08:00" });

export const notificationJsonSchema = z.object({
  id: z.number().int(),
  type: z.enum(NOTIFICATION_TYPES),
  title: z.string(),
  body: z.string().nullable(),
  link: z.string().nullable().meta({ description: "app path to open" }),
  urgent: z.boolean(),
  createdAt: time,
  readAt: time.nullable(),
});
export const notificationListSchema = z.object({ items: z.array(notificationJsonSchema), nextCursor: z.string().nullable(), unread: z.number().int() });
export const markReadResultSchema = z.object({ id: z.number().int(), readAt: time });
export const markAllResultSchema = z.object({ updated: z.number().int() });
export const preferencesJsonSchema = z.object({ channels: z.array(z.enum(CHANNELS)), quietHours: z.boolean() });
export const feedUrlSchema = z.object({ url: z.string().meta({ description: "secret iCalendar feed URL" }) });

export function notificationJson(n: NotificationItem) {
  return { ...n, createdAt: toIsoLocal(n.createdAt), readAt: n.readAt ? toIsoLocal(n.readAt) : null };
}
