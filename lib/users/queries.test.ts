import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { createTestDb } from "../testing/test-db";
import { ctxFor, makeUser } from "../testing/fixtures";
import { accountCounts, getUser, listUsers, listUsersPage } from "./queries";
import { listUsersSchema } from "./schemas";
import { setUserActive } from "./set-user-active";

let db: Db;
let admin: Actor;
const now = new Date(Date.UTC(2026, 10, 30, 2, 0));

beforeAll(async () => {
  db = createTestDb();
  admin = await makeUser(db, "root", ["admin"], { name: "管理员" });
  await makeUser(db, "wang.fang", ["counselor", "hotline"], { name: "王芳" });
  await makeUser(db, "wang_li", ["teacher"], { name: "王丽" });
  await makeUser(db, "wangxli", ["teacher"], { name: "王小李" });
  await makeUser(db, "pct", ["mediator"], { name: "百分之百%" });
  await makeUser(db, "zhao", ["carer"], { name: "赵六" });
  await makeUser(db, "res1", ["resident"], { name: "居民甲" });
  const gone = await makeUser(db, "gone", ["teacher"], { name: "离职老师" });
  db.update(users).set({ phone: "13900001234" }).where(eq(users.username, "zhao")).run();
  setUserActive(ctxFor(db, admin, now), gone.userId, { active: false });
});

const list = (raw: Record<string, string>) => listUsersPage(ctxFor(db, admin, now), listUsersSchema.parse(raw));
const names = (raw: Record<string, string>) => list(raw).items.map((u) => u.username);

describe("listUsersPage", () => {
  it("lists every account by username with roles, and no password hash", () => {
    const { items, nextCursor } = list({});
    expect(items.map((u) => u.username)).toEqual(["gone", "pct", "res1", "root", "wang.fang", "wang_li", "wangxli", "zhao"]);
    expect(nextCursor).toBeNull();
    expect(items.find((u) => u.username === "wang.fang")).toMatchObject({ name: "王芳", roles: ["counselor", "hotline"], active: true });
    for (const u of items) expect(Object.keys(u)).not.toContain("passwordHash");
  });

  it("searches username, name and phone", () => {
    expect(names({ q: "王" })).toEqual(["wang.fang", "wang_li", "wangxli"]);
    expect(names({ q: "FANG" })).toEqual(["wang.fang"]);
    expect(names({ q: "0001234" })).toEqual(["zhao"]);
    expect(names({ q: "  赵  " })).toEqual(["zhao"]);
  });

  it('treats "%" and "_" as literal characters', () => {
    expect(names({ q: "%" })).toEqual(["pct"]);
    // "_" must not match any single character ("wangxli").
    expect(names({ q: "wang_" })).toEqual(["wang_li"]);
    expect(names({ q: "_" })).toEqual(["wang_li"]);
  });

  it("finds nothing odd for SQL in the search box", () => {
    expect(names({ q: "' OR 1=1--" })).toEqual([]);
    expect(names({ q: '" OR ""="' })).toEqual([]);
    expect(names({ q: "\\" })).toEqual([]);
    expect(names({})).toHaveLength(8);
  });

  it("filters by role and by status, and an empty filter means any", () => {
    expect(names({ role: "teacher" })).toEqual(["gone", "wang_li", "wangxli"]);
    expect(names({ role: "hotline" })).toEqual(["wang.fang"]);
    expect(names({ role: "resident" })).toEqual(["res1"]);
    expect(names({ status: "disabled" })).toEqual(["gone"]);
    expect(names({ role: "teacher", status: "active" })).toEqual(["wang_li", "wangxli"]);
    expect(names({ role: "", status: "" })).toHaveLength(8);
    expect(listUsersSchema.safeParse({ role: "root" }).success).toBe(false);
    expect(listUsersSchema.safeParse({ status: "deleted" }).success).toBe(false);
    expect(listUsersSchema.safeParse({ sort: "password_hash" }).success).toBe(false);
  });

  it("pages with limit and cursor", () => {
    const first = list({ limit: "3" });
    expect(first.items.map((u) => u.username)).toEqual(["gone", "pct", "res1"]);
    expect(first.nextCursor).not.toBeNull();
    const second = list({ limit: "3", cursor: first.nextCursor! });
    expect(second.items.map((u) => u.username)).toEqual(["root", "wang.fang", "wang_li"]);
    const third = list({ limit: "3", cursor: second.nextCursor! });
    expect(third.items.map((u) => u.username)).toEqual(["wangxli", "zhao"]);
    expect(third.nextCursor).toBeNull();
    expect(listUsersSchema.safeParse({ limit: "201" }).success).toBe(false);
    expect(listUsersSchema.safeParse({ limit: "0" }).success).toBe(false);
  });

  it("is for admins only", async () => {
    const counselor = await makeUser(db, "peeker", ["counselor"]);
    expect(() => listUsersPage(ctxFor(db, counselor, now), {})).toThrow(AppError);
    expect(() => listUsers(ctxFor(db, counselor, now), {})).toThrow(AppError);
    expect(() => accountCounts(ctxFor(db, counselor, now))).toThrow(AppError);
    expect(() => getUser(ctxFor(db, counselor, now), admin.userId)).toThrow(AppError);
  });
});

describe("listUsers and accountCounts", () => {
  it("lists without paging, ignoring a cursor", () => {
    expect(listUsers(ctxFor(db, admin, now), listUsersSchema.parse({ role: "teacher", cursor: "eg" })).map((u) => u.username)).toEqual(["gone", "wang_li", "wangxli"]);
  });

  it("counts active and disabled staff accounts and active holders of each role", () => {
    const counts = accountCounts(ctxFor(db, admin, now));
    // Every active account but the one resident's is a staff account; "gone" is the disabled one.
    expect(counts.disabledStaff).toBe(1);
    expect(counts.activeStaff).toBe(names({ status: "active" }).length - 1);
    expect(counts.byRole).toMatchObject({ admin: 1, teacher: 2, hotline: 1, mediator: 1, carer: 1, resident: 1 });
  });
});

describe("getUser", () => {
  it("gives the account's details and 404 for an unknown id", () => {
    const gone = db.select({ id: users.id }).from(users).where(eq(users.username, "gone")).get()!;
    const u = getUser(ctxFor(db, admin, now), gone.id);
    expect(u).toMatchObject({ username: "gone", active: false, roles: ["teacher"], residentId: null });
    expect(u.disabledAt?.getTime()).toBe(now.getTime());
    expect(Object.keys(u)).not.toContain("passwordHash");
    expect(() => getUser(ctxFor(db, admin, now), 999_999)).toThrow(expect.objectContaining({ code: "not_found" }));
  });
});
