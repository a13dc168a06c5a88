import { eq } from "drizzle-orm";
import { userRoles, users } from "@/db/schema";
import { assertRole } from "../auth/actor";
import { hashPassword } from "../auth/password";
import type { Ctx } from "../context";
import { AppError } from "../errors";
import { t } from "../i18n/messages";
import { auditUser, writeProfile } from "./internal";
import type { CreateStaffUserInput } from "./schemas";

/** Admin creates a staff account; the user must choose their own password at first sign-in. */
export async function createStaffUser(ctx: Ctx, input: CreateStaffUserInput): Promise<{ id: number }> {
  assertRole(ctx.actor, "admin");
  const passwordHash = await hashPassword(input.password);
  const roles = [...new Set(input.roles)].sort();
  return ctx.db.transaction(
    () => {
      const taken = ctx.db.select({ id: users.id }).from(users).where(eq(users.username, input.username)).get();
      if (taken) throw new AppError("conflict", t("field.usernameTaken"), { username: [t("field.usernameTaken")] });
      const { id } = ctx.db
        .insert(users)
        .values({ username: input.username, name: input.name, phone: input.phone ?? null, passwordHash, mustChangePassword: true, createdAt: ctx.now })
        .returning({ id: users.id })
        .get();
      ctx.db.insert(userRoles).values(roles.map((role) => ({ userId: id, role }))).run();
      writeProfile(ctx, id, { title: input.title, counselorKind: input.counselorKind, roles });
      auditUser(ctx, "user.create", id, { roles });
      return { id };
    },
    { behavior: "immediate" },
  );
}
