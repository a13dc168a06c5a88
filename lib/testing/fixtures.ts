import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { residents, userRoles, users, type Role } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { hashPassword } from "../auth/password";
import type { Ctx } from "../context";

export const TEST_PASSWORD = "Test#pass2026";
let cachedHash: Promise<string> | null = null;

/** Inserts a user with the given roles (and, for a resident, their register entry). */
export async function makeUser(db: Db, username: string, roles: Role[], opts: { name?: string; active?: boolean } = {}): Promise<Actor> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const now = new Date();
  let residentId: number | null = null;
  if (roles.includes("resident")) {
    residentId = db.insert(residents).values({ name: opts.name ?? username, createdAt: now }).returning({ id: residents.id }).get().id;
  }
  const { id } = db
    .insert(users)
    .values({ username, name: opts.name ?? username, passwordHash: await cachedHash, residentId, active: opts.active ?? true, createdAt: now })
    .returning({ id: users.id })
    .get();
  db.insert(userRoles).values(roles.map((role) => ({ userId: id, role }))).run();
  return { userId: id, username, name: opts.name ?? username, roles: [...roles].sort(), residentId, sessionId: "test", mustChangePassword: false };
}

export function ctxFor(db: Db, actor: Actor, now = new Date()): Ctx {
  return { db, actor, now, ip: "127.0.0.1" };
}

export function userRow(db: Db, id: number) {
  return db.select().from(users).where(eq(users.id, id)).get();
}
