import { notificationPreferences } from "@/db/schema";
import { recordAudit } from "../audit/audit";
import type { Ctx } from "../context";
import type { Preferences } from "./queries";
import type { PreferencesInput } from "./schemas";

/** Saves the caller's own choice of channels and quiet hours; it applies to messages from now on. */
export function updatePreferences(ctx: Ctx, input: PreferencesInput): Preferences {
  const channels = [...new Set(input.channels)].sort();
  return ctx.db.transaction(
    () => {
      ctx.db
        .insert(notificationPreferences)
        .values({ userId: ctx.actor.userId, channels, quietHours: input.quietHours, updatedAt: ctx.now })
        .onConflictDoUpdate({ target: notificationPreferences.userId, set: { channels, quietHours: input.quietHours, updatedAt: ctx.now } })
        .run();
      recordAudit(ctx.db, {
        action: "notification_preferences.update",
        actorId: ctx.actor.userId,
        actorUsername: ctx.actor.username,
        entityType: "user",
        entityId: ctx.actor.userId,
        ip: ctx.ip,
        at: ctx.now,
        details: { channels, quietHours: input.quietHours },
      });
      return { channels, quietHours: input.quietHours };
    },
    { behavior: "immediate" },
  );
}
