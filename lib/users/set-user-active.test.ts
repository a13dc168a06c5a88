import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { resolveSession } from "../auth/sessions";
import { signInWithPassword } from "../auth/sign-in";
import { AppError } from "../errors";
import { createTestDb } from "../testing/test-db";
import { ctxFor, makeUser, TEST_PASSWORD } from "../testing/fixtures";
import { setUserActive } from "./set-user-active";

let db: Db;
let admin: Actor;
let n = 0;
const MIN = 60_000;
const at = (ms: number) => new Date(Date.UTC(2026, 10, 30, 2, 0) + ms);

beforeAll(async () => {
  db = createTestDb();
  admin = await makeUser(db, "root", ["admin"]);
});

const fresh = (roles: Parameters<typeof makeUser>[2]) => makeUser(db, `s${++n}`, roles);
const signIn = (username: string, kind: "web" | "api", now = at(0)) => signInWithPassword({ db, now }, { username, password: TEST_PASSWORD }, kind);

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error("expected an AppError");
}

describe("setUserActive", () => {
  it("disabling ends the user's existing web and API sessions at their next request", async () => {
    const u = await fresh(["counselor"]);
    const web = await signIn(u.username, "web");
    const api = await signIn(u.username, "api");
    expect(resolveSession(db, { sessionId: web.session.id }, at(MIN))).not.toBeNull();
    const versionBefore = db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, u.userId)).get()!.v;

    setUserActive(ctxFor(db, admin, at(2 * MIN)), u.userId, { active: false, reason: "离职" });

    const row = db.select().from(users).where(eq(users.id, u.userId)).get()!;
    expect(row).toMatchObject({ active: false, disabledReason: "离职", sessionVersion: versionBefore + 1 });
    expect(row.disabledAt?.getTime()).toBe(at(2 * MIN).getTime());
    expect(resolveSession(db, { sessionId: web.session.id }, at(3 * MIN))).toBeNull();
    expect(resolveSession(db, { token: api.session.token! }, at(3 * MIN))).toBeNull();
    await expect(signIn(u.username, "api", at(4 * MIN))).rejects.toMatchObject({ code: "unauthenticated" });
    const audit = db.select().from(auditLog).where(and(eq(auditLog.action, "user.disable"), eq(auditLog.entityId, String(u.userId)))).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.userId, reason: "离职" });
  });

  it("enabling again lets the user sign in, but the old sessions stay ended", async () => {
    const u = await fresh(["teacher"]);
    const old = await signIn(u.username, "api");
    setUserActive(ctxFor(db, admin, at(MIN)), u.userId, { active: false });
    setUserActive(ctxFor(db, admin, at(2 * MIN)), u.userId, { active: true });
    const row = db.select().from(users).where(eq(users.id, u.userId)).get()!;
    expect(row).toMatchObject({ active: true, disabledAt: null, disabledReason: null });
    expect(resolveSession(db, { token: old.session.token! }, at(3 * MIN))).toBeNull();
    const again = await signIn(u.username, "api", at(3 * MIN));
    expect(resolveSession(db, { token: again.session.token! }, at(4 * MIN))?.userId).toBe(u.userId);
    expect(db.select().from(auditLog).where(and(eq(auditLog.action, "user.enable"), eq(auditLog.entityId, String(u.userId)))).all()).toHaveLength(1);
  });

  it("changes nothing and audits nothing when the user already has that state", async () => {
    const u = await fresh(["teacher"]);
    const before = db.select().from(users).where(eq(users.id, u.userId)).get()!;
    expect(setUserActive(ctxFor(db, admin, at(0)), u.userId, { active: true })).toEqual({ active: true });
    expect(db.select().from(users).where(eq(users.id, u.userId)).get()).toEqual(before);
    expect(db.select().from(auditLog).where(eq(auditLog.entityId, String(u.userId))).all()).toHaveLength(0);
  });

  it("does not let an admin disable themselves", async () => {
    const e = errorOf(() => setUserActive(ctxFor(db, admin, at(0)), admin.userId, { active: false }));
    expect(e.code).toBe("conflict");
    expect(db.select({ active: users.active }).from(users).where(eq(users.id, admin.userId)).get()?.active).toBe(true);
  });

  it("keeps at least one active admin", async () => {
    const own = createTestDb();
    const a = await makeUser(own, "a1", ["admin"]);
    const b = await makeUser(own, "a2", ["admin"]);
    setUserActive(ctxFor(own, a, at(0)), b.userId, { active: false });
    // b's actor object stands for a session made before the disable; the last active admin stays.
    expect(errorOf(() => setUserActive(ctxFor(own, b, at(MIN)), a.userId, { active: false })).code).toBe("conflict");
    expect(own.select({ active: users.active }).from(users).where(eq(users.id, a.userId)).get()?.active).toBe(true);
  });

  it("refuses non-admins (403) and unknown users (404)", async () => {
    const carer = await fresh(["carer"]);
    const target = await fresh(["teacher"]);
    expect(errorOf(() => setUserActive(ctxFor(db, carer, at(0)), target.userId, { active: false })).code).toBe("forbidden");
    expect(db.select({ active: users.active }).from(users).where(eq(users.id, target.userId)).get()?.active).toBe(true);
    expect(errorOf(() => setUserActive(ctxFor(db, admin, at(0)), 999_999, { active: false })).code).toBe("not_found");
  });
});
