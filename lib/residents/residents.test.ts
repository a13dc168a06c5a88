import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, residents, userRoles, users } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { signInWithPassword } from "../auth/sign-in";
import { AppError } from "../errors";
import { ctxFor, makeUser } from "../testing/fixtures";
import { createTestDb } from "../testing/test-db";
import { getOwnResidentProfile } from "./queries";
import { registerResident } from "./register-resident";
import { PRIVACY_NOTICE_VERSION, registerResidentSchema, updateOwnProfileSchema } from "./schemas";
import { updateOwnProfile } from "./update-own-profile";
import { withdrawConsent } from "./withdraw-consent";

const now = new Date("2026-11-30T02:00:00Z");
const valid = { name: "刘淑华", phone: "13912345678", password: "Spring2026ok", confirmPassword: "Spring2026ok", consent: true };

async function codeOf(p: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    await (typeof p === "function" ? p() : p);
    return "ok";
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}

describe("registerResidentSchema", () => {
  it("needs the consent ticked, a mobile number, a strong password typed twice, and no extra fields", () => {
    expect(registerResidentSchema.safeParse(valid).success).toBe(true);
    const noConsent = registerResidentSchema.safeParse({ ...valid, consent: false });
    expect(noConsent.success).toBe(false);
    expect(noConsent.error!.issues[0]).toMatchObject({ path: ["consent"], message: "请阅读并勾选同意《个人信息保护告知书》。" });
    expect(registerResidentSchema.safeParse({ ...valid, phone: "0393-1234567" }).success).toBe(false);
    expect(registerResidentSchema.safeParse({ ...valid, phone: "1391234567" }).success).toBe(false);
    expect(registerResidentSchema.safeParse({ ...valid, password: "short1", confirmPassword: "short1" }).success).toBe(false);
    expect(registerResidentSchema.safeParse({ ...valid, password: "password123", confirmPassword: "password123" }).success).toBe(false);
    expect(registerResidentSchema.safeParse({ ...valid, confirmPassword: "Spring2026ko" }).error!.issues[0].path).toEqual(["confirmPassword"]);
    expect(registerResidentSchema.safeParse({ ...valid, roles: ["admin"] }).success).toBe(false);
    expect(updateOwnProfileSchema.safeParse({ name: "x", phone: "13912345678", residentId: 2 }).success).toBe(false);
  });
});

describe("registerResident", () => {
  let db: Db;
  beforeAll(async () => {
    db = createTestDb();
    // An existing resident account with a phone, and a walk-in register entry with another.
    const r = await makeUser(db, "resident", ["resident"], { name: "张秀英" });
    db.update(users).set({ phone: "13839300011" }).where(eq(users.id, r.userId)).run();
    db.insert(residents).values({ name: "王大爷", phone: "13700000000", createdAt: now }).run();
  });

  it("creates a register entry with the consent recorded and a resident account named by the phone, then signs in", async () => {
    const { userId, residentId, username } = await registerResident({ db, now, ip: "10.1.1.1" }, registerResidentSchema.parse(valid));
    expect(username).toBe("13912345678");
    expect(db.select().from(residents).where(eq(residents.id, residentId)).get()).toMatchObject({
      name: "刘淑华",
      phone: "13912345678",
      consentBasis: "consent",
      consentVersion: PRIVACY_NOTICE_VERSION,
      consentAt: now,
    });
    const user = db.select().from(users).where(eq(users.id, userId)).get()!;
    expect(user).toMatchObject({ username: "13912345678", residentId, mustChangePassword: false });
    expect(user.passwordHash).not.toContain("Spring2026ok");
    expect(db.select().from(userRoles).where(eq(userRoles.userId, userId)).all().map((r) => r.role)).toEqual(["resident"]);
    const audit = db.select().from(auditLog).where(eq(auditLog.action, "resident.self_register")).get()!;
    expect(audit.details).not.toContain("13912345678");
    const signedIn = await signInWithPassword({ db, now }, { username: "13912345678", password: "Spring2026ok" }, "api");
    expect(signedIn.user.roles).toEqual(["resident"]);
  });

  it("refuses a number already used by an account (409) — as sign-in name or resident phone — and never links a walk-in entry", async () => {
    expect(await codeOf(registerResident({ db, now }, registerResidentSchema.parse(valid)))).toBe("conflict");
    expect(await codeOf(registerResident({ db, now }, registerResidentSchema.parse({ ...valid, phone: "13839300011" })))).toBe("conflict");
    const { residentId } = await registerResident({ db, now }, registerResidentSchema.parse({ ...valid, name: "王大爷", phone: "13700000000" }));
    const walkIns = db.select().from(residents).where(eq(residents.phone, "13700000000")).all();
    expect(walkIns).toHaveLength(2);
    expect(walkIns.find((r) => r.id === residentId)!.consentBasis).toBe("consent");
  });

  it("registers only one of three concurrent attempts with the same number", async () => {
    const attempts = await Promise.all([0, 1, 2].map(() => codeOf(registerResident({ db, now }, registerResidentSchema.parse({ ...valid, phone: "13811112222" })))));
    expect(attempts.sort()).toEqual(["conflict", "conflict", "ok"]);
    expect(db.select().from(users).where(eq(users.username, "13811112222")).all()).toHaveLength(1);
  });
});

describe("own profile", () => {
  let db: Db;
  let me: Actor;
  let other: Actor;
  let teacher: Actor;
  beforeAll(async () => {
    db = createTestDb();
    const reg = await registerResident({ db, now }, registerResidentSchema.parse(valid));
    me = { userId: reg.userId, username: reg.username, name: "刘淑华", roles: ["resident"], residentId: reg.residentId, sessionId: "s", mustChangePassword: false };
    other = await makeUser(db, "13800001111", ["resident"]);
    db.update(users).set({ phone: "13800001111" }).where(eq(users.id, other.userId)).run();
    teacher = await makeUser(db, "t1", ["teacher"]);
  });

  it("shows the resident their own entry with the consent, and refuses staff", async () => {
    expect(getOwnResidentProfile(ctxFor(db, me, now))).toMatchObject({ name: "刘淑华", phone: "13912345678", consentBasis: "consent", consentVersion: PRIVACY_NOTICE_VERSION });
    expect(await codeOf(() => getOwnResidentProfile(ctxFor(db, teacher, now)))).toBe("forbidden");
  });

  it("changes name and phone together; the phone-named sign-in follows the number; a taken number is 409", async () => {
    expect(updateOwnProfile(ctxFor(db, me, now), { name: "刘淑华", phone: "13912340000" })).toEqual({ username: "13912340000" });
    expect(db.select().from(users).where(eq(users.id, me.userId)).get()).toMatchObject({ username: "13912340000", phone: "13912340000" });
    expect(getOwnResidentProfile(ctxFor(db, me, now)).phone).toBe("13912340000");
    expect(await codeOf(() => updateOwnProfile(ctxFor(db, me, now), { name: "刘淑华", phone: "13800001111" }))).toBe("conflict");
    expect(updateOwnProfile(ctxFor(db, me, now), { name: "刘淑华（改）", phone: "13912340000" })).toEqual({ username: "13912340000" });
    expect(await codeOf(() => updateOwnProfile(ctxFor(db, teacher, now), { name: "x", phone: "13900000000" }))).toBe("forbidden");
  });
});

describe("withdrawing consent", () => {
  it("records the withdrawal once, audited; staff cannot withdraw for themselves; a second time is 409", async () => {
    const db = createTestDb();
    const reg = await registerResident({ db, now }, registerResidentSchema.parse({ ...valid, phone: "13912349999" }));
    const me: Actor = { userId: reg.userId, username: reg.username, name: "刘淑华", roles: ["resident"], residentId: reg.residentId, sessionId: "s", mustChangePassword: false };
    const teacher = await makeUser(db, "t2", ["teacher"]);
    expect(await codeOf(() => withdrawConsent(ctxFor(db, teacher, now)))).toBe("forbidden");

    const later = new Date("2026-12-01T03:00:00Z");
    expect(withdrawConsent(ctxFor(db, me, later))).toEqual({ withdrawnAt: later });
    expect(getOwnResidentProfile(ctxFor(db, me, later)).consentWithdrawnAt).toEqual(later);
    expect(await codeOf(() => withdrawConsent(ctxFor(db, me, later)))).toBe("conflict");
    const rows = db.select().from(auditLog).where(eq(auditLog.action, "resident.consent_withdrawn")).all();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: me.userId, entityId: String(reg.residentId) });
  });
});
