import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { notificationOutbox, notificationPreferences, notifications, residents, userRoles, users, type NotificationType, type Role } from "@/db/schema";
import { DEFAULT_CHANNELS, DEFAULT_QUIET_HOURS, quietUntil } from "./policy";

export interface NotifyInput {
  userId: number;
  type: NotificationType;
  /** Short, shown in the list and sent outside: never case text (summaries, notes). */
  title: string;
  body?: string | null;
  /** A path inside the app ("/me/appointments"), opened from the notification. */
  link?: string | null;
  /** Urgent messages ignore the recipient's quiet hours. */
  urgent?: boolean;
  /** Makes a derived notification idempotent per user (reminders, deadline warnings). */
  dedupeKey?: string | null;
  at: Date;
}

/**
 * Tells one user something: the in-app notification and one outbox row per channel the user
 * chose, all in the caller's transaction (synchronous, no await), so a change and its messages
 * commit or roll back together. Inactive users get nothing. With a dedupeKey already used for
 * this user it does nothing and returns null.
 */
export function notify(db: Db, input: NotifyInput): number | null {
  const user = db.select({ active: users.active, phone: users.phone, residentPhone: residents.phone }).from(users).leftJoin(residents, eq(residents.id, users.residentId)).where(eq(users.id, input.userId)).get();
  if (!user?.active) return null;
  const inserted = db
    .insert(notifications)
    .values({
      userId: input.userId,
      type: input.type,
      title: input.title.slice(0, 200),
      body: input.body ? input.body.slice(0, 1000) : null,
      link: input.link ?? null,
      urgent: Boolean(input.urgent),
      dedupeKey: input.dedupeKey ?? null,
      createdAt: input.at,
    })
    .onConflictDoNothing()
    .returning({ id: notifications.id })
    .get();
  if (!inserted) return null;
  const pref = db.select({ channels: notificationPreferences.channels, quietHours: notificationPreferences.quietHours }).from(notificationPreferences).where(eq(notificationPreferences.userId, input.userId)).get();
  const channels = pref?.channels ?? DEFAULT_CHANNELS;
  const quiet = pref?.quietHours ?? DEFAULT_QUIET_HOURS;
  const notBefore = (!input.urgent && quiet && quietUntil(input.at)) || input.at;
  const phone = user.phone ?? user.residentPhone ?? null;
  for (const channel of channels) {
    db.insert(notificationOutbox)
      .values({ notificationId: inserted.id, userId: input.userId, channel, address: channel === "sms" ? phone : null, nextAttemptAt: notBefore, createdAt: input.at })
      .run();
  }
  return inserted.id;
}

/** The account of a resident in the register, if they have one (walk-ins often do not). */
export function userOfResident(db: Db, residentId: number): number | null {
  return db.select({ id: users.id }).from(users).where(eq(users.residentId, residentId)).get()?.id ?? null;
}

/** Notifies a resident through their account; a resident without one is told in person. */
export function notifyResident(db: Db, residentId: number, input: Omit<NotifyInput, "userId">): number | null {
  const userId = userOfResident(db, residentId);
  return userId === null ? null : notify(db, { ...input, userId });
}

/** Active users holding any of the roles. */
export function activeUsersWithRole(db: Db, roles: Role[]): number[] {
  const rows = db
    .selectDistinct({ id: users.id })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(inArray(userRoles.role, roles), eq(users.active, true)))
    .all();
  return rows.map((r) => r.id).sort((a, b) => a - b);
}
