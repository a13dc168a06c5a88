import { notificationPreferences } from "@/db/schema";
import { auditAs } from "../audit/audit";
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
      auditAs(ctx, {
        action: "notification_preferences.update",
        entityType: "user",
        entityId: ctx.actor.userId,
        details: { channels, quietHours: input.quietHours },
      });
      return { channels, quietHours: input.quietHours };
    },
    { behavior: "immediate" },
  );
}
