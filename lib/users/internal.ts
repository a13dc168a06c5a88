import { and, eq, ne, sql } from "drizzle-orm";
import { staffProfiles, userRoles, users, type Role } from "@/db/schema";
import { recordAudit } from "../audit/audit";
import type { Ctx } from "../context";
import { AppError, notFound } from "../errors";
import { t } from "../i18n/messages";
import type { CreateStaffUserInput } from "./schemas";

export function auditUser(ctx: Ctx, action: string, userId: number, details?: Record<string, string | number | boolean | null | string[]>, reason?: string) {
  recordAudit(ctx.db, { action, actorId: ctx.actor.userId, actorUsername: ctx.actor.username, entityType: "user", entityId: userId, ip: ctx.ip, at: ctx.now, details, reason });
}

export function existingStaffUser(ctx: Ctx, id: number) {
  const row = ctx.db.select({ id: users.id, active: users.active, residentId: users.residentId }).from(users).where(eq(users.id, id)).get();
  if (!row) throw notFound();
  return row;
}

/** Another active admin must remain whenever an admin is disabled or loses the role. */
export function assertAnotherActiveAdmin(ctx: Ctx, userId: number) {
  const others = ctx.db
    .select({ n: sql<number>`count(*)` })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(and(eq(userRoles.role, "admin"), eq(users.active, true), ne(users.id, userId)))
    .get();
  if (!others || others.n === 0) throw new AppError("conflict", t("users.lastAdmin"));
}

export function writeProfile(ctx: Ctx, userId: number, input: { title?: string; counselorKind?: CreateStaffUserInput["counselorKind"]; roles: Role[] }) {
  const counselorKind = input.roles.includes("counselor") ? (input.counselorKind ?? "volunteer") : null;
  ctx.db
    .insert(staffProfiles)
    .values({ userId, title: input.title || null, counselorKind })
    .onConflictDoUpdate({ target: staffProfiles.userId, set: { title: input.title || null, counselorKind } })
    .run();
}

