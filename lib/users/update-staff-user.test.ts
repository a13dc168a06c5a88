import { beforeAll, describe, expect, it } from "vitest";
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, staffProfiles, users } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { rolesOf } from "../auth/sessions";
import { AppError } from "../errors";
import { createTestDb } from "../testing/test-db";
import { ctxFor, makeUser } from "../testing/fixtures";
import { setUserActive } from "./set-user-active";
import { updateStaffUserSchema, type UpdateStaffUserInput } from "./schemas";
import { updateStaffUser } from "./update-staff-user";

let db: Db;
let admin: Actor;
let n = 0;
const now = new Date(Date.UTC(2026, 10, 30, 2, 0));

beforeAll(async () => {
  db = createTestDb();
  admin = await makeUser(db, "root", ["admin"]);
});

const fresh = (roles: Parameters<typeof makeUser>[2]) => makeUser(db, `u${++n}`, roles);
const patch = (v: object): UpdateStaffUserInput => updateStaffUserSchema.parse(v);
const update = (actor: Actor, id: number, v: object) => updateStaffUser(ctxFor(db, actor, now), id, patch(v));

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error("expected an AppError");
}

const auditsFor = (id: number, action: string) =>
  db.select().from(auditLog).where(and(eq(auditLog.entityId, String(id)), eq(auditLog.action, action))).orderBy(desc(auditLog.id)).all();

describe("updateStaffUser", () => {
  it("replaces the set of roles and audits the change as user.roles_change with before and after", async () => {
    const u = await fresh(["counselor", "hotline"]);
    update(admin, u.userId, { roles: ["mediator", "teacher", "mediator"] });
    expect(rolesOf(db, u.userId)).toEqual(["mediator", "teacher"]);
    const [row] = auditsFor(u.userId, "user.roles_change");
    expect(row).toMatchObject({ actorId: admin.userId, entityType: "user", outcome: "success" });
    expect(JSON.parse(row.details!)).toEqual({ before: ["counselor", "hotline"], after: ["mediator", "teacher"] });
  });

  it("writes no roles_change row when the roles stay the same", async () => {
    const u = await fresh(["teacher"]);
    update(admin, u.userId, { name: "改名", roles: ["teacher"] });
    expect(auditsFor(u.userId, "user.roles_change")).toHaveLength(0);
    expect(auditsFor(u.userId, "user.update")).toHaveLength(1);
    expect(db.select({ name: users.name }).from(users).where(eq(users.id, u.userId)).get()?.name).toBe("改名");
  });

  it("keeps fields left out and clears phone and title given as empty", async () => {
    const u = await fresh(["counselor"]);
    update(admin, u.userId, { phone: "13900002222", title: "专家", counselorKind: "expert" });
    update(admin, u.userId, { name: "只改名字" });
    let row = db.select({ name: users.name, phone: users.phone }).from(users).where(eq(users.id, u.userId)).get();
    expect(row).toEqual({ name: "只改名字", phone: "13900002222" });
    expect(db.select().from(staffProfiles).where(eq(staffProfiles.userId, u.userId)).get()).toMatchObject({ title: "专家", counselorKind: "expert" });
    update(admin, u.userId, { phone: "", title: "" });
    row = db.select({ name: users.name, phone: users.phone }).from(users).where(eq(users.id, u.userId)).get();
    expect(row?.phone).toBeNull();
    expect(db.select().from(staffProfiles).where(eq(staffProfiles.userId, u.userId)).get()).toMatchObject({ title: null, counselorKind: "expert" });
    update(admin, u.userId, { roles: ["teacher"] });
    expect(db.select().from(staffProfiles).where(eq(staffProfiles.userId, u.userId)).get()?.counselorKind).toBeNull();
  });

  it("does not let an admin drop their own admin role", async () => {
    const me = await fresh(["admin"]);
    const e = errorOf(() => update(me, me.userId, { roles: ["teacher"] }));
    expect(e.code).toBe("conflict");
    expect(e.fieldErrors).toHaveProperty("roles");
    expect(rolesOf(db, me.userId)).toEqual(["admin"]);
    // Adding roles beside admin is fine.
    update(me, me.userId, { roles: ["admin", "teacher"] });
    expect(rolesOf(db, me.userId)).toEqual(["admin", "teacher"]);
  });

  it("keeps at least one active admin", async () => {
    // A database of its own so that the count of admins is known.
    const own = createTestDb();
    const a = await makeUser(own, "a1", ["admin"]);
    const b = await makeUser(own, "a2", ["admin"]);
    const upd = (actor: Actor, id: number, v: object) => updateStaffUser(ctxFor(own, actor, now), id, patch(v));
    // With b disabled, a is the last active admin: b can't take a's role away even while it could act.
    setUserActive(ctxFor(own, a, now), b.userId, { active: false });
    const e = errorOf(() => upd(b, a.userId, { roles: ["teacher"] }));
    expect(e.code).toBe("conflict");
    expect(rolesOf(own, a.userId)).toEqual(["admin"]);
    // A disabled admin may lose the role while an active one remains.
    upd(a, b.userId, { roles: ["teacher"] });
    expect(rolesOf(own, b.userId)).toEqual(["teacher"]);
  });

  it("refuses non-admins (403), unknown users (404) and residents' accounts (409)", async () => {
    const teacher = await fresh(["teacher"]);
    const target = await fresh(["counselor"]);
    expect(errorOf(() => update(teacher, target.userId, { roles: ["admin"] })).code).toBe("forbidden");
    expect(rolesOf(db, target.userId)).toEqual(["counselor"]);
    expect(errorOf(() => update(admin, 999_999, { name: "x" })).code).toBe("not_found");
    const resident = await fresh(["resident"]);
    expect(errorOf(() => update(admin, resident.userId, { roles: ["counselor"] })).code).toBe("conflict");
    expect(rolesOf(db, resident.userId)).toEqual(["resident"]);
  });

  it("refuses unknown fields such as active or password", () => {
    expect(updateStaffUserSchema.safeParse({ active: false }).success).toBe(false);
    expect(updateStaffUserSchema.safeParse({ passwordHash: "x" }).success).toBe(false);
    expect(updateStaffUserSchema.safeParse({ roles: ["resident"] }).success).toBe(false);
    expect(updateStaffUserSchema.safeParse({ roles: [] }).success).toBe(false);
  });
});
