import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { preparedPerConnection } from "@/db/prepared";
import { authSessions, userRoles, users, type Role } from "@/db/schema";
import type { Actor } from "./actor";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** SECURITY.md item 8: staff sessions end after 30 idle minutes and 12 hours in all. */
export const SESSION_LIMITS = {
  staff: { idleMs: 30 * MINUTE, absoluteMs: 12 * HOUR },
  // Residents use their own phones for their own records: a longer, still bounded session.
  resident: { idleMs: 24 * HOUR, absoluteMs: 30 * 24 * HOUR },
} as const;

// lastSeenAt is written at most this often, so a page view is one read, not a write.
const TOUCH_EVERY_MS = MINUTE;

export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

function limitsFor(roles: readonly Role[]) {
  return roles.some((r) => r !== "resident") ? SESSION_LIMITS.staff : SESSION_LIMITS.resident;
}

const rolesQuery = preparedPerConnection((db) =>
  db
    .select({ role: userRoles.role })
    .from(userRoles)
    .where(eq(userRoles.userId, sql.placeholder("userId")))
    .prepare(),
);

export function rolesOf(db: Db, userId: number): Role[] {
  return rolesQuery(db)
    .all({ userId })
    .map((r) => r.role)
    .sort();
}

export interface NewSession {
  id: string;
  /** The bearer token, only for kind "api"; only its hash is stored. */
  token: string | null;
  expiresAt: Date;
}

export function createSession(
  db: Db,
  input: { userId: number; sessionVersion: number; roles: readonly Role[]; kind: "web" | "api"; now: Date; ip?: string | null; userAgent?: string | null },
): NewSession {
  const id = randomBytes(24).toString("base64url");
  const token = input.kind === "api" ? `ak_${randomBytes(32).toString("base64url")}` : null;
  const expiresAt = new Date(input.now.getTime() + limitsFor(input.roles).absoluteMs);
  db.insert(authSessions)
    .values({
      id,
      userId: input.userId,
      kind: input.kind,
      tokenHash: token ? sha256(token) : null,
      sessionVersion: input.sessionVersion,
      createdAt: input.now,
      lastSeenAt: input.now,
      expiresAt,
      ip: input.ip?.slice(0, 64) ?? null,
      userAgent: input.userAgent?.slice(0, 256) ?? null,
    })
    .run();
  return { id, token, expiresAt };
}

const sessionColumns = {
  id: authSessions.id,
  sessionVersion: authSessions.sessionVersion,
  createdAt: authSessions.createdAt,
  lastSeenAt: authSessions.lastSeenAt,
  expiresAt: authSessions.expiresAt,
  revokedAt: authSessions.revokedAt,
  userId: users.id,
  username: users.username,
  name: users.name,
  active: users.active,
  userSessionVersion: users.sessionVersion,
  residentId: users.residentId,
  mustChangePassword: users.mustChangePassword,
};

// Every request looks its caller up: built once per connection, not per call.
const sessionQuery = (where: SQL) =>
  preparedPerConnection((db) => db.select(sessionColumns).from(authSessions).innerJoin(users, eq(users.id, authSessions.userId)).where(where).prepare());
const webSessionQuery = sessionQuery(and(eq(authSessions.id, sql.placeholder("sessionId")), eq(authSessions.kind, "web"))!);
const apiSessionQuery = sessionQuery(and(eq(authSessions.tokenHash, sql.placeholder("tokenHash")), eq(authSessions.kind, "api"))!);

/**
 * The actor behind a session id (browser) or bearer token (API), or null when the session is
 * unknown, revoked, idle too long, past its absolute limit, or older than the user's current
 * sessionVersion (disabled, password changed). Roles come from the database on every call.
 */
export function resolveSession(db: Db, key: { sessionId: string } | { token: string }, now: Date): Actor | null {
  const row = "sessionId" in key ? webSessionQuery(db).get({ sessionId: key.sessionId }) : apiSessionQuery(db).get({ tokenHash: sha256(key.token) });
  if (!row || row.revokedAt || !row.active || row.sessionVersion !== row.userSessionVersion) return null;
  const roles = rolesOf(db, row.userId);
  if (roles.length === 0) return null;
  const limits = limitsFor(roles);
  const t = now.getTime();
  if (t >= row.expiresAt.getTime() || t - row.createdAt.getTime() >= limits.absoluteMs) return null;
  if (t - row.lastSeenAt.getTime() >= limits.idleMs) return null;
  if (t - row.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    db.update(authSessions).set({ lastSeenAt: now }).where(eq(authSessions.id, row.id)).run();
  }
  return {
    userId: row.userId,
    username: row.username,
    name: row.name,
    roles,
    residentId: row.residentId,
    sessionId: row.id,
    mustChangePassword: row.mustChangePassword,
  };
}

export function revokeSession(db: Db, sessionId: string, now: Date): void {
  db.update(authSessions).set({ revokedAt: now }).where(and(eq(authSessions.id, sessionId), isNull(authSessions.revokedAt))).run();
}
