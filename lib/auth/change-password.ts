import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { auditAs } from "../audit/audit";
import type { Ctx } from "../context";
import { AppError } from "../errors";
import { t } from "../i18n/messages";
import { hashPassword, verifyPassword } from "./password";
import type { ChangePasswordInput } from "./schemas";

/**
 * A user changes their own password. Every session of theirs, this one included, ends: they sign
 * in again with the new password.
 */
export async function changeOwnPassword(ctx: Ctx, input: ChangePasswordInput): Promise<void> {
  const row = ctx.db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, ctx.actor.userId)).get();
  if (!row || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
    auditAs(ctx, { action: "user.change_password", outcome: "failure", reason: "wrong_current" });
    throw new AppError("validation", t("auth.wrongCurrentPassword"), { currentPassword: [t("auth.wrongCurrentPassword")] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  ctx.db.transaction(
    () => {
      ctx.db
        .update(users)
        .set({ passwordHash, passwordChangedAt: ctx.now, mustChangePassword: false, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: ctx.now })
        .where(eq(users.id, ctx.actor.userId))
        .run();
      auditAs(ctx, { action: "user.change_password", entityType: "user", entityId: ctx.actor.userId });
    },
    { behavior: "immediate" },
  );
}
