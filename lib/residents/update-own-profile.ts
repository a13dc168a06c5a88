import { eq } from "drizzle-orm";
import { residents, users } from "@/db/schema";
import { auditAs } from "../audit/audit";
import { hasRole, isStaff } from "../auth/actor";
import type { Ctx } from "../context";
import { appError, forbidden } from "../errors";
import { t } from "../i18n/messages";
import { phoneTaken } from "./internal";
import type { UpdateOwnProfileInput } from "./schemas";

/**
 * A resident edits their own name and mobile number (register entry and account together). When
 * they signed up with their number as sign-in name, the sign-in name follows the new number.
 */
export function updateOwnProfile(ctx: Ctx, input: UpdateOwnProfileInput): { username: string } {
  if (!hasRole(ctx.actor, "resident") || isStaff(ctx.actor) || ctx.actor.residentId === null) throw forbidden();
  const residentId = ctx.actor.residentId;
  return ctx.db.transaction(
    () => {
      const user = ctx.db.select({ username: users.username, phone: users.phone }).from(users).where(eq(users.id, ctx.actor.userId)).get();
      const register = ctx.db.select({ phone: residents.phone }).from(residents).where(eq(residents.id, residentId)).get();
      if (!user || !register) throw forbidden();
      const phoneChanged = input.phone !== (register.phone ?? user.phone);
      if (phoneChanged && phoneTaken(ctx.db, input.phone, ctx.actor.userId)) throw appError("conflict", t("profile.phoneTaken"), { phone: [t("profile.phoneTaken")] });
      const username = phoneChanged && /^1\d{10}$/.test(user.username) && user.username === (user.phone ?? register.phone) ? input.phone : user.username;
      ctx.db.update(residents).set({ name: input.name, phone: input.phone, updatedAt: ctx.now }).where(eq(residents.id, residentId)).run();
      ctx.db.update(users).set({ name: input.name, phone: input.phone, username, updatedAt: ctx.now }).where(eq(users.id, ctx.actor.userId)).run();
      auditAs(ctx, {
        action: "resident.update_own_profile",
        entityType: "resident",
        entityId: residentId,
        details: { phoneChanged, usernameChanged: username !== user.username },
      });
      return { username };
    },
    { behavior: "immediate" },
  );
}
