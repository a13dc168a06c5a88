import { eq } from "drizzle-orm";
import { userRoles, users } from "@/db/schema";
import { assertRole } from "../auth/actor";
import { rolesOf } from "../auth/sessions";
import type { Ctx } from "../context";
import { AppError } from "../errors";
import { t } from "../i18n/messages";
import { assertAnotherActiveAdmin, auditUser, existingStaffUser, writeProfile } from "./internal";
import type { UpdateStaffUserInput } from "./schemas";

/** Name, phone, profile and the set of roles; a role change applies at the user's next request. */
export function updateStaffUser(ctx: Ctx, id: number, input: UpdateStaffUserInput): void {
  assertRole(ctx.actor, "admin");
  ctx.db.transaction(
    () => {
      const user = existingStaffUser(ctx, id);
      if (user.residentId) throw new AppError("conflict", t("users.residentRoleExclusive"));
      const before = rolesOf(ctx.db, id);
      const roles = [...new Set(input.roles)].sort();
      if (before.includes("admin") && !roles.includes("admin")) {
        if (id === ctx.actor.userId) throw new AppError("conflict", t("users.cannotDropOwnAdmin"));
        assertAnotherActiveAdmin(ctx, id);
      }
      ctx.db.update(users).set({ name: input.name, phone: input.phone ?? null, updatedAt: ctx.now }).where(eq(users.id, id)).run();
      ctx.db.delete(userRoles).where(eq(userRoles.userId, id)).run();
      ctx.db.insert(userRoles).values(roles.map((role) => ({ userId: id, role }))).run();
      writeProfile(ctx, id, { ...input, roles });
      if (before.join() !== roles.join()) auditUser(ctx, "user.roles_change", id, { before, after: roles });
      auditUser(ctx, "user.update", id);
    },
    { behavior: "immediate" },
  );
}
