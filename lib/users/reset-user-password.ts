import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { assertRole } from "../auth/actor";
import { hashPassword } from "../auth/password";
import type { Ctx } from "../context";
import { AppError } from "../errors";
import { t } from "../i18n/messages";
import { auditUser, existingUser } from "./internal";
import type { ResetPasswordInput } from "./schemas";

/**
 * The user must choose a new password at next sign-in; their current sessions end now. An admin
 * changes their own password with the current one (change-password), never through a reset: a
 * borrowed admin session must not be enough to take the account over.
 */
export async function resetUserPassword(ctx: Ctx, id: number, input: ResetPasswordInput): Promise<void> {
  assertRole(ctx.actor, "admin");
  if (id === ctx.actor.userId) throw new AppError("conflict", t("users.cannotResetOwnPassword"));
  const passwordHash = await hashPassword(input.password);
  ctx.db.transaction(
    () => {
      existingUser(ctx, id);
      ctx.db
        .update(users)
        .set({ passwordHash, mustChangePassword: true, passwordChangedAt: ctx.now, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: ctx.now })
        .where(eq(users.id, id))
        .run();
      auditUser(ctx, "user.reset_password", id);
    },
    { behavior: "immediate" },
  );
}
