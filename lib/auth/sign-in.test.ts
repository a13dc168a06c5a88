import { beforeEach, describe, expect, it } from "vitest";
import { desc, eq } from "drizzle-orm";
import { auditLog, users } from "@/db/schema";
import { createTestDb } from "../testing/test-db";
import { makeUser, TEST_PASSWORD } from "../testing/fixtures";
import { signInWithPassword } from "./sign-in";
import { resolveSession, revokeSession, SESSION_LIMITS } from "./sessions";
import { AppError } from "../errors";
import type { Db } from "@/db/client";

const MIN = 60_000;
let db: Db;
let n = 0;
let username: string;

beforeEach(async () => {
  db ??= createTestDb();
  username = `user${++n}`;
  await makeUser(db, username, ["counselor"]);
});

const at = (ms: number) => new Date(Date.UTC(2026, 10, 30, 1, 0) + ms);
const attempt = (password: string, now: Date, name = username, kind: "web" | "api" = "api") =>
  signInWithPassword({ db, now, ip: "10.0.0.1" }, { username: name, password }, kind);

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}

describe("signInWithPassword", () => {
  it("signs in with the right password, case-insensitively, and issues a hashed bearer token", async () => {
    const r = await attempt(TEST_PASSWORD, at(0), username.toUpperCase());
    expect(r.user.roles).toEqual(["counselor"]);
    expect(r.session.token).toMatch(/^ak_/);
    const actor = resolveSession(db, { token: r.session.token! }, at(MIN));
    expect(actor?.username).toBe(username);
  });

  it("gives the same generic error for unknown users and wrong passwords", async () => {
    const unknown = await attempt(TEST_PASSWORD, at(0), "nobody-here").catch((e: AppError) => e);
    const wrong = await attempt("wrong-password-1", at(0)).catch((e: AppError) => e);
    expect(unknown).toBeInstanceOf(AppError);
    expect((unknown as AppError).userMessage).toBe((wrong as AppError).userMessage);
    expect((wrong as AppError).code).toBe("unauthenticated");
  });

  it("locks the username after 5 failures in 15 minutes, right password included, then unlocks", async () => {
    for (let i = 0; i < 5; i++) expect(await codeOf(attempt("wrong-password-1", at(i * MIN)))).toBe("unauthenticated");
    expect(await codeOf(attempt(TEST_PASSWORD, at(6 * MIN)))).toBe("too_many_attempts");
    expect(await codeOf(attempt(TEST_PASSWORD, at(4 * MIN + 15 * MIN - 1)))).toBe("too_many_attempts");
    expect(await codeOf(attempt(TEST_PASSWORD, at(4 * MIN + 15 * MIN)))).toBe("ok");
    const actions = db.select().from(auditLog).where(eq(auditLog.actorUsername, username)).all().map((r) => `${r.action}:${r.outcome}:${r.reason ?? ""}`);
    expect(actions.filter((a) => a === "auth.sign_in:failure:bad_password")).toHaveLength(5);
    expect(actions).toContain("auth.locked:failure:");
    expect(actions.filter((a) => a === "auth.sign_in:failure:locked")).toHaveLength(2);
    expect(actions.at(-1)).toBe("auth.sign_in:success:");
  });

  it("does not count failures older than the 15-minute window", async () => {
    for (let i = 0; i < 4; i++) await codeOf(attempt("wrong-password-1", at(i * MIN)));
    expect(await codeOf(attempt("wrong-password-1", at(16 * MIN)))).toBe("unauthenticated");
    expect(await codeOf(attempt(TEST_PASSWORD, at(17 * MIN)))).toBe("ok");
  });

  it("refuses a disabled user with the generic message", async () => {
    db.update(users).set({ active: false }).where(eq(users.username, username)).run();
    expect(await codeOf(attempt(TEST_PASSWORD, at(0)))).toBe("unauthenticated");
  });
});

describe("resolveSession", () => {
  it("ends a staff session after 30 idle minutes and after 12 hours in all", async () => {
    const { session } = await attempt(TEST_PASSWORD, at(0), username, "web");
    expect(resolveSession(db, { sessionId: session.id }, at(SESSION_LIMITS.staff.idleMs - MIN))).not.toBeNull();
    // Activity keeps it alive …
    let t = SESSION_LIMITS.staff.idleMs - MIN;
    while (t < SESSION_LIMITS.staff.absoluteMs - 20 * MIN) {
      t += 20 * MIN;
      expect(resolveSession(db, { sessionId: session.id }, at(t))).not.toBeNull();
    }
    // … but never past the absolute limit.
    expect(resolveSession(db, { sessionId: session.id }, at(SESSION_LIMITS.staff.absoluteMs))).toBeNull();

    const second = await attempt(TEST_PASSWORD, at(0), username, "web");
    expect(resolveSession(db, { sessionId: second.session.id }, at(SESSION_LIMITS.staff.idleMs))).toBeNull();
  });

  it("stops a session when the user is disabled or their sessionVersion moves, and when revoked", async () => {
    const a = await attempt(TEST_PASSWORD, at(0), username, "web");
    const b = await attempt(TEST_PASSWORD, at(0), username, "api");
    revokeSession(db, a.session.id, at(MIN));
    expect(resolveSession(db, { sessionId: a.session.id }, at(2 * MIN))).toBeNull();
    expect(resolveSession(db, { token: b.session.token! }, at(2 * MIN))).not.toBeNull();
    const v = db.select().from(users).where(eq(users.username, username)).get()!;
    db.update(users).set({ sessionVersion: v.sessionVersion + 1 }).where(eq(users.id, v.id)).run();
    expect(resolveSession(db, { token: b.session.token! }, at(3 * MIN))).toBeNull();
  });

  it("reads roles from the database on every request", async () => {
    const { session } = await attempt(TEST_PASSWORD, at(0), username, "web");
    const user = db.select().from(users).where(eq(users.username, username)).get()!;
    const { userRoles } = await import("@/db/schema");
    db.insert(userRoles).values({ userId: user.id, role: "hotline" }).run();
    expect(resolveSession(db, { sessionId: session.id }, at(MIN))?.roles).toEqual(["counselor", "hotline"]);
  });

  it("does not accept a web session id as a bearer token or vice versa", async () => {
    const { session } = await attempt(TEST_PASSWORD, at(0), username, "web");
    expect(resolveSession(db, { token: session.id }, at(MIN))).toBeNull();
    const api = await attempt(TEST_PASSWORD, at(0), username, "api");
    expect(resolveSession(db, { sessionId: api.session.id }, at(MIN))).toBeNull();
    expect(db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1).get()?.action).toBe("auth.sign_in");
  });
});
