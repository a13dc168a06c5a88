import { sql } from "drizzle-orm";
import { userRoles, users } from "@/db/schema";
import { recordAudit } from "../audit/audit";
import { hashPassword } from "../auth/password";
import type { AnonCtx } from "../context";
import { AppError } from "../errors";
import { t } from "../i18n/messages";
import { fieldErrorsOf, z } from "../zod";
import { createStaffUserSchema } from "./schemas";
import { writeProfile } from "./internal";

export const setupAdminSchema = createStaffUserSchema.pick({ username: true, name: true, password: true });

/**
 * Production setup: creates the first administrator of an empty installation. Refused once any
 * user exists, so it cannot be used to add an admin behind the admins' backs.
 */
export async function setupFirstAdmin(ctx: AnonCtx, raw: z.input<typeof setupAdminSchema>): Promise<{ id: number }> {
  const parsed = setupAdminSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("validation", Object.values(fieldErrorsOf(parsed.error)).flat().join(" "), fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(
    () => {
      const { n } = ctx.db.select({ n: sql<number>`count(*)` }).from(users).get() ?? { n: 0 };
      if (n > 0) throw new AppError("conflict", t("users.alreadySetUp"));
      const { id } = ctx.db.insert(users).values({ username: input.username, name: input.name, passwordHash, createdAt: ctx.now }).returning({ id: users.id }).get();
      ctx.db.insert(userRoles).values({ userId: id, role: "admin" }).run();
      writeProfile({ db: ctx.db }, id, { roles: ["admin"], title: "中心管理员" });
      recordAudit(ctx.db, { action: "system.setup_admin", actorUsername: input.username, entityType: "user", entityId: id, at: ctx.now });
      return { id };
    },
    { behavior: "immediate" },
  );
}
