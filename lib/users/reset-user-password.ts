import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { assertRole } from "../auth/actor";
import { hashPassword } from "../auth/password";
import type { Ctx } from "../context";
import { auditUser, existingStaffUser } from "./internal";
import type { ResetPasswordInput } from "./schemas";

/** The user must choose a new password at next sign-in; their current sessions end now. */
export async function resetUserPassword(ctx: Ctx, id: number, input: ResetPasswordInput): Promise<void> {
  assertRole(ctx.actor, "admin");
  const passwordHash = await hashPassword(input.password);
  ctx.db.transaction(
    () => {
      existingStaffUser(ctx, id);
      ctx.db
        .update(users)
        .set({ passwordHash, mustChangePassword: id !== ctx.actor.userId, passwordChangedAt: ctx.now, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: ctx.now })
        .where(eq(users.id, id))
        .run();
      auditUser(ctx, "user.reset_password", id);
    },
    { behavior: "immediate" },
  );
}
