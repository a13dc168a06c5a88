import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { assertRole } from "../auth/actor";
import { rolesOf } from "../auth/sessions";
import type { Ctx } from "../context";
import { AppError } from "../errors";
import { t } from "../i18n/messages";
import { assertAnotherActiveAdmin, auditUser, existingUser } from "./internal";
import type { SetUserActiveInput } from "./schemas";

/**
 * Disabling ends every session of the user at their next request (sessionVersion bump); enabling
 * does not bring those sessions back. Setting the state a user already has changes nothing.
 */
export function setUserActive(ctx: Ctx, id: number, input: SetUserActiveInput): { active: boolean } {
  assertRole(ctx.actor, "admin");
  return ctx.db.transaction(
    () => {
      const user = existingUser(ctx, id);
      if (!input.active && id === ctx.actor.userId) throw new AppError("conflict", t("users.cannotDisableSelf"));
      if (user.active === input.active) return { active: user.active };
      if (!input.active && rolesOf(ctx.db, id).includes("admin")) assertAnotherActiveAdmin(ctx, id);
      ctx.db
        .update(users)
        .set(
          input.active
            ? { active: true, disabledAt: null, disabledReason: null, updatedAt: ctx.now }
            : { active: false, disabledAt: ctx.now, disabledReason: input.reason || null, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: ctx.now },
        )
        .where(eq(users.id, id))
        .run();
      auditUser(ctx, input.active ? "user.enable" : "user.disable", id, undefined, input.reason);
      return { active: input.active };
    },
    { behavior: "immediate" },
  );
}
