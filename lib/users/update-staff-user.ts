import { eq } from "drizzle-orm";
import { userRoles, users } from "@/db/schema";
import { assertRole } from "../auth/actor";
import { rolesOf } from "../auth/sessions";
import type { Ctx } from "../context";
import { AppError } from "../errors";
import { t } from "../i18n/messages";
import { assertAnotherActiveAdmin, auditUser, existingUser, writeProfile } from "./internal";
import type { UpdateStaffUserInput } from "./schemas";

/**
 * Name, phone, profile and the set of roles (fields left out keep their value). Roles are read
 * from the database on every request, so a change applies at the user's next request.
 */
export function updateStaffUser(ctx: Ctx, id: number, input: UpdateStaffUserInput): void {
  assertRole(ctx.actor, "admin");
  ctx.db.transaction(
    () => {
      const user = existingUser(ctx, id);
      if (user.residentId) throw new AppError("conflict", t("users.residentRoleExclusive"));
      const before = rolesOf(ctx.db, id);
      const roles = input.roles ? [...new Set(input.roles)].sort() : before;
      if (before.includes("admin") && !roles.includes("admin")) {
        if (id === ctx.actor.userId) throw new AppError("conflict", t("users.cannotDropOwnAdmin"), { roles: [t("users.cannotDropOwnAdmin")] });
        assertAnotherActiveAdmin(ctx, id);
      }
      const changes: { name?: string; phone?: string | null } = {};
      if (input.name !== undefined) changes.name = input.name;
      if (input.phone !== undefined) changes.phone = input.phone;
      ctx.db.update(users).set({ ...changes, updatedAt: ctx.now }).where(eq(users.id, id)).run();
      const rolesChanged = before.join() !== roles.join();
      if (rolesChanged) {
        ctx.db.delete(userRoles).where(eq(userRoles.userId, id)).run();
        ctx.db.insert(userRoles).values(roles.map((role) => ({ userId: id, role }))).run();
      }
      writeProfile(ctx, id, { title: input.title, counselorKind: input.counselorKind, roles });
      if (rolesChanged) auditUser(ctx, "user.roles_change", id, { before, after: roles });
      const fields = Object.keys(input).filter((k) => k !== "roles").sort();
      if (fields.length > 0) auditUser(ctx, "user.update", id, { fields });
    },
    { behavior: "immediate" },
  );
}
