import { and, asc, eq, gt, inArray, ne, or, sql } from "drizzle-orm";
import { ROLES, staffProfiles, userRoles, users, type CounselorKind, type Role } from "@/db/schema";
import { assertRole } from "../auth/actor";
import type { Ctx } from "../context";
import { notFound } from "../errors";
import { contains } from "../search";
import type { ListUsersInput } from "./schemas";

export const DEFAULT_LIST_LIMIT = 50;

export interface UserListItem {
  id: number;
  username: string;
  name: string;
  phone: string | null;
  active: boolean;
  roles: Role[];
  title: string | null;
  counselorKind: CounselorKind | null;
  lastSignInAt: Date | null;
}

export interface UserDetail extends UserListItem {
  /** Set for a resident's own account; such an account holds no staff role. */
  residentId: number | null;
  mustChangePassword: boolean;
  disabledAt: Date | null;
  disabledReason: string | null;
  createdAt: Date;
}

const listColumns = {
  id: users.id,
  username: users.username,
  name: users.name,
  phone: users.phone,
  active: users.active,
  lastSignInAt: users.lastSignInAt,
  title: staffProfiles.title,
  counselorKind: staffProfiles.counselorKind,
};

function rolesByUser(ctx: Ctx, ids: number[]): Map<number, Role[]> {
  const map = new Map<number, Role[]>();
  if (ids.length === 0) return map;
  for (const r of ctx.db.select({ userId: userRoles.userId, role: userRoles.role }).from(userRoles).where(inArray(userRoles.userId, ids)).all()) {
    map.set(r.userId, [...(map.get(r.userId) ?? []), r.role].sort());
  }
  return map;
}

// The cursor is the last username of the previous page (usernames are unique), base64url-encoded.
const encodeCursor = (username: string) => Buffer.from(username, "utf8").toString("base64url");
const decodeCursor = (cursor: string) => Buffer.from(cursor, "base64url").toString("utf8");

/** Every account matching the filters, by username, one page at a time (API and admin list). */
export function listUsersPage(ctx: Ctx, input: ListUsersInput): { items: UserListItem[]; nextCursor: string | null } {
  assertRole(ctx.actor, "admin");
  const limit = input.limit ?? DEFAULT_LIST_LIMIT;
  const rows = selectUsers(ctx, input, limit + 1);
  const page = rows.slice(0, limit);
  return { items: page, nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1].username) : null };
}

/** The first LIST_CAP accounts matching the filters (no paging), by username. */
export function listUsers(ctx: Ctx, input: ListUsersInput): UserListItem[] {
  assertRole(ctx.actor, "admin");
  return selectUsers(ctx, { ...input, cursor: undefined }, LIST_CAP);
}

export const LIST_CAP = 500;

// Searches username, name and phone as literal text (LIKE wildcards escaped).
function selectUsers(ctx: Ctx, input: ListUsersInput, limit: number): UserListItem[] {
  const conds = [];
  if (input.q) {
    conds.push(or(contains(users.username, input.q), contains(users.name, input.q), contains(users.phone, input.q)));
  }
  if (input.status) conds.push(eq(users.active, input.status === "active"));
  if (input.role) {
    conds.push(inArray(users.id, ctx.db.select({ id: userRoles.userId }).from(userRoles).where(eq(userRoles.role, input.role))));
  }
  if (input.cursor) conds.push(gt(users.username, decodeCursor(input.cursor)));
  const rows = ctx.db
    .select(listColumns)
    .from(users)
    .leftJoin(staffProfiles, eq(staffProfiles.userId, users.id))
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(asc(users.username))
    .limit(limit)
    .all();
  const roles = rolesByUser(ctx, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, roles: roles.get(r.id) ?? [] }));
}

/** Counts for the admin's overview: staff accounts (any non-resident role) active and disabled, and active holders of each role. */
export function accountCounts(ctx: Ctx): { activeStaff: number; disabledStaff: number; byRole: Record<Role, number> } {
  assertRole(ctx.actor, "admin");
  const staff = ctx.db
    .select({ active: users.active, n: sql<number>`count(distinct ${users.id})` })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(ne(userRoles.role, "resident"))
    .groupBy(users.active)
    .all();
  const byRole = Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;
  for (const r of ctx.db
    .select({ role: userRoles.role, n: sql<number>`count(*)` })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(eq(users.active, true))
    .groupBy(userRoles.role)
    .all()) {
    byRole[r.role] = r.n;
  }
  return {
    activeStaff: staff.find((r) => r.active)?.n ?? 0,
    disabledStaff: staff.find((r) => !r.active)?.n ?? 0,
    byRole,
  };
}

export function getUser(ctx: Ctx, id: number): UserDetail {
  assertRole(ctx.actor, "admin");
  const row = ctx.db
    .select({
      ...listColumns,
      residentId: users.residentId,
      mustChangePassword: users.mustChangePassword,
      disabledAt: users.disabledAt,
      disabledReason: users.disabledReason,
      createdAt: users.createdAt,
    })
    .from(users)
    .leftJoin(staffProfiles, eq(staffProfiles.userId, users.id))
    .where(eq(users.id, id))
    .get();
  if (!row) throw notFound();
  return { ...row, roles: rolesByUser(ctx, [id]).get(id) ?? [] };
}
