import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { resolveSession } from "../auth/sessions";
import { signInWithPassword } from "../auth/sign-in";
import { createTestDb } from "../testing/test-db";
import { ctxFor, makeUser, TEST_PASSWORD } from "../testing/fixtures";
import { resetUserPassword } from "./reset-user-password";
import { resetPasswordSchema } from "./schemas";

let db: Db;
let admin: Actor;
let n = 0;
const MIN = 60_000;
const NEW_PASSWORD = "Fresh-start-42";
const at = (ms: number) => new Date(Date.UTC(2026, 10, 30, 2, 0) + ms);

beforeAll(async () => {
  db = createTestDb();
  admin = await makeUser(db, "root", ["admin"]);
});

const fresh = (roles: Parameters<typeof makeUser>[2]) => makeUser(db, `r${++n}`, roles);
const signIn = (username: string, password: string, kind: "web" | "api", now: Date) => signInWithPassword({ db, now }, { username, password }, kind);

describe("resetUserPassword", () => {
  it("ends the user's sessions, sets mustChangePassword, and the new password works (the old does not)", async () => {
    const u = await fresh(["hotline"]);
    const web = await signIn(u.username, TEST_PASSWORD, "web", at(0));
    const api = await signIn(u.username, TEST_PASSWORD, "api", at(0));

    await resetUserPassword(ctxFor(db, admin, at(MIN)), u.userId, resetPasswordSchema.parse({ password: NEW_PASSWORD }));

    expect(resolveSession(db, { sessionId: web.session.id }, at(2 * MIN))).toBeNull();
    expect(resolveSession(db, { token: api.session.token! }, at(2 * MIN))).toBeNull();
    expect(db.select({ m: users.mustChangePassword }).from(users).where(eq(users.id, u.userId)).get()?.m).toBe(true);
    await expect(signIn(u.username, TEST_PASSWORD, "api", at(3 * MIN))).rejects.toMatchObject({ code: "unauthenticated" });
    const next = await signIn(u.username, NEW_PASSWORD, "api", at(4 * MIN));
    expect(next.user.mustChangePassword).toBe(true);
    const actor = resolveSession(db, { token: next.session.token! }, at(5 * MIN));
    expect(actor).toMatchObject({ userId: u.userId, mustChangePassword: true, roles: ["hotline"] });
    const audit = db.select().from(auditLog).where(and(eq(auditLog.action, "user.reset_password"), eq(auditLog.entityId, String(u.userId)))).all();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0])).not.toContain(NEW_PASSWORD);
  });

  it("refuses a weak or common password in the schema", () => {
    expect(resetPasswordSchema.safeParse({ password: "short1" }).success).toBe(false);
    expect(resetPasswordSchema.safeParse({ password: "welcome123" }).success).toBe(false);
    expect(resetPasswordSchema.safeParse({ password: NEW_PASSWORD, mustChangePassword: false }).success).toBe(false);
  });

  it("refuses non-admins (403), the admin's own account (409) and unknown users (404)", async () => {
    const mediator = await fresh(["mediator"]);
    const target = await fresh(["teacher"]);
    const hashBefore = db.select({ h: users.passwordHash }).from(users).where(eq(users.id, target.userId)).get()?.h;
    await expect(resetUserPassword(ctxFor(db, mediator, at(0)), target.userId, { password: NEW_PASSWORD })).rejects.toMatchObject({ code: "forbidden" });
    expect(db.select({ h: users.passwordHash }).from(users).where(eq(users.id, target.userId)).get()?.h).toBe(hashBefore);
    await expect(resetUserPassword(ctxFor(db, admin, at(0)), admin.userId, { password: NEW_PASSWORD })).rejects.toMatchObject({ code: "conflict" });
    await expect(resetUserPassword(ctxFor(db, admin, at(0)), 999_999, { password: NEW_PASSWORD })).rejects.toMatchObject({ code: "not_found" });
  });
});
