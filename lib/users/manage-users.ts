import { and, eq, ne, sql } from "drizzle-orm";
import { staffProfiles, userRoles, users, type Role } from "@/db/schema";
import { recordAudit } from "../audit/audit";
import { assertRole } from "../auth/actor";
import { hashPassword } from "../auth/password";
import { rolesOf } from "../auth/sessions";
import type { Ctx } from "../context";
import { AppError, notFound } from "../errors";
import { t } from "../i18n/messages";
import type { CreateStaffUserInput, ResetPasswordInput, SetUserActiveInput, UpdateStaffUserInput } from "./schemas";

function audit(ctx: Ctx, action: string, userId: number, details?: Record<string, string | number | boolean | null | string[]>, reason?: string) {
  recordAudit(ctx.db, { action, actorId: ctx.actor.userId, actorUsername: ctx.actor.username, entityType: "user", entityId: userId, ip: ctx.ip, at: ctx.now, details, reason });
}

function existingStaffUser(ctx: Ctx, id: number) {
  const row = ctx.db.select({ id: users.id, active: users.active, residentId: users.residentId }).from(users).where(eq(users.id, id)).get();
  if (!row) throw notFound();
  return row;
}

/** Another active admin must remain whenever an admin is disabled or loses the role. */
function assertAnotherActiveAdmin(ctx: Ctx, userId: number) {
  const others = ctx.db
    .select({ n: sql<number>`count(*)` })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(and(eq(userRoles.role, "admin"), eq(users.active, true), ne(users.id, userId)))
    .get();
  if (!others || others.n === 0) throw new AppError("conflict", t("users.lastAdmin"));
}

function writeProfile(ctx: Ctx, userId: number, input: { title?: string; counselorKind?: CreateStaffUserInput["counselorKind"]; roles: Role[] }) {
  const counselorKind = input.roles.includes("counselor") ? (input.counselorKind ?? "volunteer") : null;
  ctx.db
    .insert(staffProfiles)
    .values({ userId, title: input.title || null, counselorKind })
    .onConflictDoUpdate({ target: staffProfiles.userId, set: { title: input.title || null, counselorKind } })
    .run();
}

export async function createStaffUser(ctx: Ctx, input: CreateStaffUserInput): Promise<{ id: number }> {
  assertRole(ctx.actor, "admin");
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(
    () => {
      const taken = ctx.db.select({ id: users.id }).from(users).where(eq(users.username, input.username)).get();
      if (taken) throw new AppError("conflict", t("field.usernameTaken"), { username: [t("field.usernameTaken")] });
      const { id } = ctx.db
        .insert(users)
        .values({ username: input.username, name: input.name, phone: input.phone ?? null, passwordHash, mustChangePassword: true, createdAt: ctx.now })
        .returning({ id: users.id })
        .get();
      ctx.db.insert(userRoles).values(input.roles.map((role) => ({ userId: id, role }))).run();
      writeProfile(ctx, id, input);
      audit(ctx, "user.create", id, { roles: input.roles });
      return { id };
    },
    { behavior: "immediate" },
  );
}

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
      if (before.join() !== roles.join()) audit(ctx, "user.roles_change", id, { before, after: roles });
      audit(ctx, "user.update", id);
    },
    { behavior: "immediate" },
  );
}

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
      audit(ctx, input.active ? "user.enable" : "user.disable", id, undefined, input.reason);
    },
    { behavior: "immediate" },
  );
}

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
      audit(ctx, "user.reset_password", id);
    },
    { behavior: "immediate" },
  );
}
