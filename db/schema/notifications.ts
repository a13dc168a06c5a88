import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { rooms, users } from "./core";
import { NOTIFICATION_TYPES, CHANNELS, OUTBOX_STATUSES, FEED_KINDS, type ChannelCode } from "./codes";
export { NOTIFICATION_TYPES, CHANNELS, OUTBOX_STATUSES, FEED_KINDS, type NotificationType, type ChannelCode, type OutboxStatus, type FeedKind } from "./codes";

/**
 * One in-app notification for one user. Title and body are short and never carry case text (no
 * call summary, no session notes). `dedupeKey` makes derived notifications (reminders, deadline
 * warnings) idempotent: the periodic job may run any number of times.
 */
export const notifications = sqliteTable(
  "notifications",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    userId: integer()
      .notNull()
      .references(() => users.id),
    type: text({ enum: NOTIFICATION_TYPES }).notNull(),
    title: text().notNull(),
    body: text(),
    link: text(),
    urgent: integer({ mode: "boolean" }).notNull().default(false),
    dedupeKey: text(),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
    readAt: integer({ mode: "timestamp_ms" }),
  },
  (t) => [
    index("notifications_user_idx").on(t.userId, t.createdAt, t.id),
    index("notifications_unread_idx").on(t.userId, t.readAt),
    uniqueIndex("notifications_dedupe_uq").on(t.userId, t.dedupeKey),
  ],
);

/**
 * A message to send outside the app, written in the same transaction as the change that caused
 * it and delivered later by the worker (lib/notifications/worker.ts) with retries and backoff.
 * `lockedUntil` is a lease: a worker that dies mid-send leaves the row to be retried after it.
 */
export const notificationOutbox = sqliteTable(
  "notification_outbox",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    notificationId: integer()
      .notNull()
      .references(() => notifications.id),
    userId: integer()
      .notNull()
      .references(() => users.id),
    channel: text({ enum: CHANNELS }).notNull(),
    // The recipient's address for the channel when it has one (a phone number for SMS).
    address: text(),
    status: text({ enum: OUTBOX_STATUSES }).notNull().default("pending"),
    attempts: integer().notNull().default(0),
    // Not before this instant: backoff after a failure, or the end of the recipient's quiet hours.
    nextAttemptAt: integer({ mode: "timestamp_ms" }).notNull(),
    lockedUntil: integer({ mode: "timestamp_ms" }),
    lastError: text(),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
    sentAt: integer({ mode: "timestamp_ms" }),
  },
  (t) => [index("notification_outbox_due_idx").on(t.status, t.nextAttemptAt), index("notification_outbox_notification_idx").on(t.notificationId)],
);

/** A user's choice of outside channels and quiet hours; no row: the defaults (lib/notifications/policy.ts). */
export const notificationPreferences = sqliteTable("notification_preferences", {
  userId: integer()
    .primaryKey()
    .references(() => users.id),
  channels: text({ mode: "json" }).$type<ChannelCode[]>().notNull().default(sql`'["log"]'`),
  quietHours: integer({ mode: "boolean" }).notNull().default(true),
  updatedAt: integer({ mode: "timestamp_ms" }).notNull(),
});

/**
 * A secret iCalendar feed: a staff member's own schedule, or a room's. The URL's token is derived
 * from `nonce` with the server secret and only its SHA-256 hash is looked up, so the database
 * alone does not give the URLs away. A reset replaces nonce and hash: the old URL is dead.
 */
export const calendarFeeds = sqliteTable(
  "calendar_feeds",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    kind: text({ enum: FEED_KINDS }).notNull(),
    userId: integer().references(() => users.id),
    roomId: integer().references(() => rooms.id),
    nonce: text().notNull(),
    tokenHash: text().notNull(),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
    createdBy: integer()
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    uniqueIndex("calendar_feeds_token_uq").on(t.tokenHash),
    uniqueIndex("calendar_feeds_user_uq").on(t.userId),
    uniqueIndex("calendar_feeds_room_uq").on(t.roomId),
    check("calendar_feeds_owner_ck", sql`(${t.kind} = 'user' AND ${t.userId} IS NOT NULL AND ${t.roomId} IS NULL) OR (${t.kind} = 'room' AND ${t.roomId} IS NOT NULL AND ${t.userId} IS NULL)`),
  ],
);

export type Notification = typeof notifications.$inferSelect;
export type NewNotification = typeof notifications.$inferInsert;
export type OutboxRow = typeof notificationOutbox.$inferSelect;
export type NotificationPreference = typeof notificationPreferences.$inferSelect;
export type CalendarFeed = typeof calendarFeeds.$inferSelect;
