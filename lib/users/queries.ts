import { and, asc, eq, inArray, or } from "drizzle-orm";
import { staffProfiles, userRoles, users, type CounselorKind, type Role } from "@/db/schema";
import { assertRole } from "../auth/actor";
import type { Ctx } from "../context";
import { notFound } from "../errors";
import { contains } from "../search";
import type { ListUsersInput } from "./schemas";

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
  for (const r of ctx.db.select().from(userRoles).where(inArray(userRoles.userId, ids)).all()) {
    map.set(r.userId, [...(map.get(r.userId) ?? []), r.role].sort());
  }
  return map;
}

export function listUsers(ctx: Ctx, input: ListUsersInput): UserListItem[] {
  assertRole(ctx.actor, "admin");
  const conds = [];
  if (input.q) {
    conds.push(or(contains(users.username, input.q), contains(users.name, input.q), contains(users.phone, input.q)));
  }
  if (input.status) conds.push(eq(users.active, input.status === "active"));
  if (input.role) {
    conds.push(inArray(users.id, ctx.db.select({ id: userRoles.userId }).from(userRoles).where(eq(userRoles.role, input.role))));
  }
  const rows = ctx.db
    .select(listColumns)
    .from(users)
    .leftJoin(staffProfiles, eq(staffProfiles.userId, users.id))
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(asc(users.username))
    .limit(500)
    .all();
  const roles = rolesByUser(ctx, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, roles: roles.get(r.id) ?? [] }));
}

export function getUser(ctx: Ctx, id: number): UserListItem {
  assertRole(ctx.actor, "admin");
  const row = ctx.db
    .select(listColumns)
    .from(users)
    .leftJoin(staffProfiles, eq(staffProfiles.userId, users.id))
    .where(eq(users.id, id))
    .get();
  if (!row) throw notFound();
  return { ...row, roles: rolesByUser(ctx, [id]).get(id) ?? [] };
}
