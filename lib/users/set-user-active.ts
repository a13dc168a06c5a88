import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { assertRole } from "../auth/actor";
import { rolesOf } from "../auth/sessions";
import type { Ctx } from "../context";
import { AppError } from "../errors";
import { t } from "../i18n/messages";
import { assertAnotherActiveAdmin, auditUser, existingStaffUser } from "./internal";
import type { SetUserActiveInput } from "./schemas";

/** Disabling ends every session of the user at their next request (sessionVersion bump). */
export function setUserActive(ctx: Ctx, id: number, input: SetUserActiveInput): void {
  assertRole(ctx.actor, "admin");
  ctx.db.transaction(
    () => {
      const user = existingStaffUser(ctx, id);
      if (user.active === input.active) return;
      if (!input.active) {
        if (id === ctx.actor.userId) throw new AppError("conflict", t("users.cannotDisableSelf"));
        if (rolesOf(ctx.db, id).includes("admin")) assertAnotherActiveAdmin(ctx, id);
      }
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
    },
    { behavior: "immediate" },
  );
}
