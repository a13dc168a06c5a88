import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, staffProfiles, userRoles, users } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { verifyPassword } from "../auth/password";
import { AppError } from "../errors";
import { t } from "../i18n/messages";
import { createTestDb } from "../testing/test-db";
import { ctxFor, makeUser } from "../testing/fixtures";
import { fieldErrorsOf } from "../zod";
import { createStaffUser } from "./create-staff-user";
import { createStaffUserSchema, type CreateStaffUserInput } from "./schemas";

let db: Db;
let admin: Actor;
let counselor: Actor;
const now = new Date(Date.UTC(2026, 10, 30, 2, 0));

beforeAll(async () => {
  db = createTestDb();
  admin = await makeUser(db, "root", ["admin"]);
  counselor = await makeUser(db, "coun", ["counselor"]);
});

const input = (over: Partial<CreateStaffUserInput> = {}): CreateStaffUserInput =>
  createStaffUserSchema.parse({ username: "newstaff", name: "新同事", roles: ["teacher"], password: "Strong-pass-2026", ...over });

async function errorOf(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe("createStaffUser", () => {
  it("creates the account with its roles and profile, a hashed password, must-change flag and an audit row", async () => {
    const { id } = await createStaffUser(ctxFor(db, admin, now), input({ username: "  Li.Wei ", phone: "13900001111", roles: ["hotline", "counselor", "hotline"], title: "咨询师", counselorKind: "expert" }));
    const row = db.select().from(users).where(eq(users.id, id)).get()!;
    expect(row.username).toBe("li.wei");
    expect(row.phone).toBe("13900001111");
    expect(row.mustChangePassword).toBe(true);
    expect(row.passwordHash).not.toContain("Strong-pass-2026");
    expect(await verifyPassword(row.passwordHash, "Strong-pass-2026")).toBe(true);
    const roles = db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, id)).all().map((r) => r.role).sort();
    expect(roles).toEqual(["counselor", "hotline"]);
    expect(db.select().from(staffProfiles).where(eq(staffProfiles.userId, id)).get()).toMatchObject({ title: "咨询师", counselorKind: "expert" });
    const audit = db.select().from(auditLog).where(and(eq(auditLog.action, "user.create"), eq(auditLog.entityId, String(id)))).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.userId, actorUsername: "root", entityType: "user", outcome: "success" });
    expect(JSON.parse(audit[0].details!)).toEqual({ roles: ["counselor", "hotline"] });
    expect(audit[0].details).not.toContain("Strong-pass");
  });

  it("gives a counsellor the volunteer kind by default and other staff no kind", async () => {
    const a = await createStaffUser(ctxFor(db, admin, now), input({ username: "vol1", roles: ["counselor"] }));
    const b = await createStaffUser(ctxFor(db, admin, now), input({ username: "tea1", roles: ["teacher"], counselorKind: "expert" }));
    expect(db.select().from(staffProfiles).where(eq(staffProfiles.userId, a.id)).get()?.counselorKind).toBe("volunteer");
    expect(db.select().from(staffProfiles).where(eq(staffProfiles.userId, b.id)).get()?.counselorKind).toBeNull();
  });

  it("refuses a username that is taken (any case) with 409 and a field error, and writes nothing", async () => {
    await createStaffUser(ctxFor(db, admin, now), input({ username: "dupe" }));
    const before = db.select({ id: users.id }).from(users).all().length;
    const e = await errorOf(createStaffUser(ctxFor(db, admin, now), input({ username: "DUPE", name: "另一个人" })));
    expect(e.code).toBe("conflict");
    expect(e.status).toBe(409);
    expect(e.fieldErrors).toEqual({ username: [t("field.usernameTaken")] });
    expect(db.select({ id: users.id }).from(users).all()).toHaveLength(before);
  });

  it("refuses a non-admin with 403 and writes nothing", async () => {
    const e = await errorOf(createStaffUser(ctxFor(db, counselor, now), input({ username: "sneaky" })));
    expect(e.code).toBe("forbidden");
    expect(e.status).toBe(403);
    expect(db.select().from(users).where(eq(users.username, "sneaky")).get()).toBeUndefined();
  });
});

describe("createStaffUserSchema", () => {
  const base = { username: "someone", name: "某人", roles: ["teacher"] };
  const passwordErrors = (password: string) => {
    const r = createStaffUserSchema.safeParse({ ...base, password });
    return r.success ? [] : fieldErrorsOf(r.error).password;
  };

  it("refuses short, letter-only, digit-only and common passwords", () => {
    expect(passwordErrors("Ab1short")).toContain(t("auth.passwordTooShort"));
    expect(passwordErrors("onlyletterslong")).toContain(t("auth.passwordNeedsLetterAndDigit"));
    expect(passwordErrors("12345678901")).toContain(t("auth.passwordNeedsLetterAndDigit"));
    expect(passwordErrors("Password123")).toContain(t("auth.passwordTooCommon"));
    expect(passwordErrors("Ankang2026")).toContain(t("auth.passwordTooCommon"));
    expect(passwordErrors("Strong-pass-2026")).toEqual([]);
  });

  it("refuses unknown fields, the resident role, no role and a bad username or phone", () => {
    const ok = { ...base, password: "Strong-pass-2026" };
    const errors = (v: object) => {
      const r = createStaffUserSchema.safeParse(v);
      return r.success ? {} : fieldErrorsOf(r.error);
    };
    expect(errors({ ...ok, active: false })).toHaveProperty("active");
    expect(errors({ ...ok, roles: ["resident"] })).toHaveProperty(["roles.0"]);
    expect(errors({ ...ok, roles: [] })).toEqual({ roles: [t("field.chooseRole")] });
    expect(errors({ ...ok, username: "a" })).toEqual({ username: [t("field.invalidUsername")] });
    expect(errors({ ...ok, username: "x' OR 1=1--" })).toEqual({ username: [t("field.invalidUsername")] });
    expect(errors({ ...ok, phone: "12345" })).toEqual({ phone: [t("field.invalidPhone")] });
    expect(createStaffUserSchema.parse({ ...ok, phone: "" }).phone).toBeNull();
  });
});
