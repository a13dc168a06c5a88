import { describe, expect, it } from "vitest";
import { asc, eq, sql } from "drizzle-orm";
import { createTestDb } from "@/lib/testing/test-db";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { setupFirstAdmin } from "@/lib/users/setup-admin";
import { AppError } from "@/lib/errors";
import { seedDemo } from "./seed";
import { residents, rooms, staffProfiles, userRoles, users } from "./schema";
import { DEMO_PASSWORD } from "./seed-data";

const NOW = new Date("2026-11-30T01:00:00Z");

describe("demo data", () => {
  it("seeds the eight rooms exactly, the demo accounts and ~30 counsellors and ~20 teachers", async () => {
    const db = createTestDb();
    await seedDemo(db, NOW);
    const r = db.select({ code: rooms.code, name: rooms.name, mode: rooms.mode, capacity: rooms.capacity, residentBookable: rooms.residentBookable }).from(rooms).orderBy(asc(rooms.sortOrder)).all();
    expect(r).toEqual([
      { code: "self-service", name: "心理服务自助系统", mode: "shared", capacity: 4, residentBookable: true },
      { code: "studio", name: "心理服务工作室", mode: "exclusive", capacity: 1, residentBookable: false },
      { code: "exercise", name: "运动减压室", mode: "shared", capacity: 6, residentBookable: true },
      { code: "vr", name: "VR心灵陪护宣泄系统", mode: "exclusive", capacity: 1, residentBookable: false },
      { code: "emotion", name: "情绪互动宣泄室", mode: "exclusive", capacity: 1, residentBookable: true },
      { code: "music", name: "音乐放松室", mode: "shared", capacity: 4, residentBookable: true },
      { code: "sandplay", name: "沙盘活动室", mode: "exclusive", capacity: 1, residentBookable: false },
      { code: "sleep", name: "睡眠小屋", mode: "exclusive", capacity: 1, residentBookable: true },
    ]);
    const count = (role: string) => db.select({ n: sql<number>`count(*)` }).from(userRoles).where(sql`${userRoles.role} = ${role}`).get()!.n;
    expect(count("counselor")).toBeGreaterThanOrEqual(30);
    expect(count("teacher")).toBeGreaterThanOrEqual(20);
    const kinds = db.select({ kind: staffProfiles.counselorKind, n: sql<number>`count(*)` }).from(staffProfiles).groupBy(staffProfiles.counselorKind).all();
    expect(kinds.filter((k) => k.kind).map((k) => k.kind).sort()).toEqual(["expert", "guide", "volunteer"]);

    for (const username of ["admin", "counselor", "counselor2", "mediator", "hotline", "teacher", "carer", "resident", "resident2"]) {
      const { user } = await signInWithPassword({ db, now: NOW }, { username, password: DEMO_PASSWORD }, "api");
      expect(user.roles.length).toBeGreaterThan(0);
    }
    const resident = db.select().from(users).where(eq(users.username, "resident")).get()!;
    expect(resident.residentId).not.toBeNull();
  });

  it("is idempotent and deterministic", async () => {
    const a = createTestDb();
    const b = createTestDb();
    await seedDemo(a, NOW);
    await seedDemo(a, NOW);
    await seedDemo(b, NOW);
    const names = (db: typeof a) => db.select({ u: users.username, n: users.name }).from(users).orderBy(asc(users.username)).all();
    expect(names(a)).toEqual(names(b));
    const residentNames = (db: typeof a) => db.select({ n: residents.name }).from(residents).orderBy(asc(residents.id)).all();
    expect(residentNames(a)).toEqual(residentNames(b));
  });
});

describe("setupFirstAdmin", () => {
  it("creates the first admin of an empty database and refuses afterwards", async () => {
    const db = createTestDb();
    await expect(setupFirstAdmin({ db, now: NOW }, { username: "boss", name: "负责人", password: "short" })).rejects.toBeInstanceOf(AppError);
    const { id } = await setupFirstAdmin({ db, now: NOW }, { username: "Boss", name: "负责人", password: "Centre2026pass" });
    const { user } = await signInWithPassword({ db, now: NOW }, { username: "boss", password: "Centre2026pass" }, "web");
    expect(user).toMatchObject({ id, roles: ["admin"] });
    await expect(setupFirstAdmin({ db, now: NOW }, { username: "boss2", name: "另一人", password: "Centre2026pass" })).rejects.toMatchObject({ code: "conflict" });
  });
});
