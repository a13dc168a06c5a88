import { beforeAll, describe, expect, it } from "vitest";
import { eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { activitySignups, appointments, auditLog, userRoles, users } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import type { Actor } from "../auth/actor";
import { ctxFor } from "../testing/fixtures";
import { createTestDb } from "../testing/test-db";
import { exportOwnData } from "./export-own-data";

const NOW = new Date("2026-11-30T02:00:00Z");

/** The demo account's actor, as the session layer would build it from the database. */
function demoActor(db: Db, username: string): Actor {
  const u = db.select({ id: users.id, name: users.name, residentId: users.residentId }).from(users).where(eq(users.username, username)).get()!;
  const roles = db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, u.id)).all().map((r) => r.role);
  return { userId: u.id, username, name: u.name, roles, residentId: u.residentId, sessionId: "test", mustChangePassword: false };
}

describe("a resident's copy of their own data", () => {
  let db: Db;
  let me: Actor;
  let other: Actor;
  let staff: Actor;
  beforeAll(async () => {
    db = createTestDb();
    await seedDemo(db, NOW);
    me = demoActor(db, "resident");
    other = demoActor(db, "resident2");
    staff = demoActor(db, "counselor");
  });

  it("holds exactly the resident's own appointments and sign-ups, none of anyone else's", () => {
    const copy = exportOwnData(ctxFor(db, me, NOW));
    const mine = db.select({ id: appointments.id }).from(appointments).where(eq(appointments.residentId, me.residentId!)).all().map((r) => r.id).sort();
    expect(mine.length).toBeGreaterThan(0);
    expect(copy.appointments.map((a) => a.id).sort()).toEqual(mine);
    const mySignups = db.select({ id: activitySignups.activityId }).from(activitySignups).where(eq(activitySignups.residentId, me.residentId!)).all();
    expect(copy.activities.map((a) => a.activityId).sort()).toEqual(mySignups.map((s) => s.id).sort());
    const others = db.select({ id: appointments.id }).from(appointments).where(eq(appointments.residentId, other.residentId!)).all().map((r) => r.id);
    expect(copy.appointments.some((a) => others.includes(a.id))).toBe(false);
    expect(copy.profile.name).toBeTruthy();
    // No staff notes travel in the copy.
    expect(JSON.stringify(copy)).not.toMatch(/sessionRecord|summary|notes/);
  });

  it("is audited, and refused to staff", () => {
    const before = db.select().from(auditLog).where(eq(auditLog.action, "resident.data_exported")).all().length;
    exportOwnData(ctxFor(db, other, NOW));
    const rows = db.select().from(auditLog).where(eq(auditLog.action, "resident.data_exported")).all();
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({ actorId: other.userId, entityId: String(other.residentId) });
    expect(() => exportOwnData(ctxFor(db, staff, NOW))).toThrow(expect.objectContaining({ code: "forbidden" }));
    expect(db.select({ id: users.id }).from(users).where(inArray(users.username, ["resident", "resident2"])).all()).toHaveLength(2);
  });
});
