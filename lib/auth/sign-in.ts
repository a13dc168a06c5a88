import { eq } from "drizzle-orm";
import { recordAudit } from "../audit/audit";
import type { AnonCtx } from "../context";
import { AppError } from "../errors";
import { t } from "../i18n/messages";
import { signInThrottle, users, type Role } from "@/db/schema";
import { verifyPassword } from "./password";
import { createSession, rolesOf, type NewSession } from "./sessions";
import type { SignInInput } from "./schemas";

/** SECURITY.md item 6: 5 failures within 15 minutes lock the username for 15 minutes. */
export const LOCKOUT = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 } as const;

export interface SignedIn {
  user: { id: number; username: string; name: string; roles: Role[]; mustChangePassword: boolean };
  session: NewSession;
}

function lockedUntil(ctx: AnonCtx, username: string): Date | null {
  const row = ctx.db.select().from(signInThrottle).where(eq(signInThrottle.username, username)).get();
  return row?.lockedUntil && row.lockedUntil > ctx.now ? row.lockedUntil : null;
}

function recordFailure(ctx: AnonCtx, username: string): void {
  const now = ctx.now;
  const row = ctx.db.select().from(signInThrottle).where(eq(signInThrottle.username, username)).get();
  const fresh = !row || now.getTime() - row.windowStartedAt.getTime() >= LOCKOUT.windowMs;
  const failures = fresh ? 1 : row.failures + 1;
  const windowStartedAt = fresh ? now : row.windowStartedAt;
  const locked = failures >= LOCKOUT.maxFailures ? new Date(now.getTime() + LOCKOUT.lockMs) : null;
  ctx.db
    .insert(signInThrottle)
    .values({ username, failures, windowStartedAt, lockedUntil: locked })
    .onConflictDoUpdate({ target: signInThrottle.username, set: { failures, windowStartedAt, lockedUntil: locked } })
    .run();
  if (locked) recordAudit(ctx.db, { action: "auth.locked", outcome: "failure", actorUsername: username, ip: ctx.ip, at: now });
}

/**
 * Password sign-in for the login page and POST /api/v1/auth/token alike. Unknown users and wrong
 * passwords get the same message and take the same time; every attempt is audited.
 */
export async function signInWithPassword(ctx: AnonCtx, input: SignInInput, kind: "web" | "api"): Promise<SignedIn> {
  const username = input.username.trim().toLowerCase();
  const user = ctx.db
    .select({ id: users.id, username: users.username, passwordHash: users.passwordHash, name: users.name, active: users.active, sessionVersion: users.sessionVersion, mustChangePassword: users.mustChangePassword })
    .from(users)
    .where(eq(users.username, username))
    .get();
  // A locked name is refused without looking at the password at all.
  const lockedBefore = lockedUntil(ctx, username) !== null;
  // Async work first; the check-and-write below is one synchronous transaction.
  const ok = lockedBefore ? false : await verifyPassword(user?.passwordHash ?? null, input.password);
  const roles = user ? rolesOf(ctx.db, user.id) : [];

  const outcome = ctx.db.transaction(
    (): { ok: true; value: SignedIn } | { ok: false; locked: boolean } => {
      const audit = (reason: string) =>
        recordAudit(ctx.db, { action: "auth.sign_in", outcome: "failure", actorUsername: username, ip: ctx.ip, reason, at: ctx.now, details: { kind } });
      // Re-checked inside the write lock: a parallel guess may have locked the name meanwhile.
      if (lockedBefore || lockedUntil(ctx, username)) {
        audit("locked");
        return { ok: false, locked: true };
      }
      if (!user || !ok || !user.active || roles.length === 0) {
        audit(!user ? "unknown_user" : !ok ? "bad_password" : "disabled");
        recordFailure(ctx, username);
        return { ok: false, locked: false };
      }
      ctx.db.delete(signInThrottle).where(eq(signInThrottle.username, username)).run();
      ctx.db.update(users).set({ lastSignInAt: ctx.now }).where(eq(users.id, user.id)).run();
      const session = createSession(ctx.db, { userId: user.id, sessionVersion: user.sessionVersion, roles, kind, now: ctx.now, ip: ctx.ip, userAgent: ctx.userAgent });
      recordAudit(ctx.db, { action: "auth.sign_in", actorId: user.id, actorUsername: username, ip: ctx.ip, at: ctx.now, entityType: "user", entityId: user.id, details: { kind } });
      return { ok: true, value: { user: { id: user.id, username: user.username, name: user.name, roles, mustChangePassword: user.mustChangePassword }, session } };
    },
    { behavior: "immediate" },
  );
  if (outcome.ok) return outcome.value;
  throw outcome.locked
    ? new AppError("too_many_attempts", t("auth.locked"))
    : new AppError("unauthenticated", t("auth.invalidCredentials"));
}
