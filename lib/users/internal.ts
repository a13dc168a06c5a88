import { and, eq, ne, sql } from "drizzle-orm";
import { staffProfiles, userRoles, users, type CounselorKind, type Role } from "@/db/schema";
import { auditAs } from "../audit/audit";
import type { Ctx } from "../context";
import { AppError, notFound } from "../errors";
import { t } from "../i18n/messages";

export function auditUser(ctx: Ctx, action: string, userId: number, details?: Record<string, string | number | boolean | null | string[]>, reason?: string) {
  auditAs(ctx, { action, entityType: "user", entityId: userId, details, reason: reason || null });
}

/** Any account, staff or resident; 404 when there is none. */
export function existingUser(ctx: Ctx, id: number) {
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

/**
 * Creates or updates the staff profile. `title` / `counselorKind` left undefined keep the stored
 * value; a counsellor always has a kind (志愿者 unless chosen), anyone else none.
 */
export function writeProfile(ctx: Pick<Ctx, "db">, userId: number, input: { title?: string; counselorKind?: CounselorKind; roles: readonly Role[] }) {
  const stored = ctx.db
    .select({ title: staffProfiles.title, counselorKind: staffProfiles.counselorKind })
    .from(staffProfiles)
    .where(eq(staffProfiles.userId, userId))
    .get();
  const title = input.title === undefined ? (stored?.title ?? null) : input.title || null;
  const counselorKind = input.roles.includes("counselor") ? (input.counselorKind ?? stored?.counselorKind ?? "volunteer") : null;
  ctx.db
    .insert(staffProfiles)
    .values({ userId, title, counselorKind })
    .onConflictDoUpdate({ target: staffProfiles.userId, set: { title, counselorKind } })
    .run();
}
