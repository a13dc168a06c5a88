import { and, asc, eq, gt, inArray, or } from "drizzle-orm";
import { staffProfiles, userRoles, users, type CounselorKind, type Role } from "@/db/schema";
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

/** Every account, by username; searches username, name and phone as literal text. */
export function listUsers(ctx: Ctx, input: ListUsersInput): { items: UserListItem[]; nextCursor: string | null } {
  assertRole(ctx.actor, "admin");
  const limit = input.limit ?? DEFAULT_LIST_LIMIT;
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
    .limit(limit + 1)
    .all();
  const page = rows.slice(0, limit);
  const roles = rolesByUser(ctx, page.map((r) => r.id));
  return {
    items: page.map((r) => ({ ...r, roles: roles.get(r.id) ?? [] })),
    nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1].username) : null,
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
