import { describe, expect, it } from "vitest";
import { and, eq, gt, isNotNull, lte } from "drizzle-orm";
import { createTestDb } from "@/lib/testing/test-db";
import { addLocalDays, startOfLocalDay } from "@/lib/time";
import { seedDemo } from "./seed";
import { activities, activitySignups, activityTeachers, assessmentAlerts, assessments, reservations, residentMessages, users } from "./schema";

const NOW = new Date("2026-11-30T01:00:00Z");

describe("activity demo data", () => {
  it("seeds a month back to three weeks ahead, every type, each with its own live room booking, deterministically", async () => {
    const db = createTestDb();
    await seedDemo(db, NOW);
    const all = db.select().from(activities).all();
    expect(all.length).toBeGreaterThanOrEqual(25);
    expect(new Set(all.map((a) => a.type))).toEqual(new Set(["group_counselling", "lecture", "stress_relief", "parent_child", "other"]));
    const first = Math.min(...all.map((a) => a.startAt.getTime()));
    const last = Math.max(...all.map((a) => a.startAt.getTime()));
    expect(first).toBeLessThanOrEqual(addLocalDays(startOfLocalDay(NOW), -25).getTime());
    expect(last).toBeGreaterThanOrEqual(addLocalDays(startOfLocalDay(NOW), 18).getTime());
    for (const a of all) {
      const r = db.select().from(reservations).where(eq(reservations.id, a.reservationId!)).get()!;
      expect(r, a.title).toMatchObject({ sourceType: "activity", sourceId: a.id, roomId: a.roomId, purpose: "activity" });
      expect(r.startAt.getTime()).toBe(a.startAt.getTime());
      expect(r.status).toBe(a.status === "cancelled" ? "cancelled" : "confirmed");
      const s = db.select().from(activitySignups).where(eq(activitySignups.activityId, a.id)).all();
      expect(s.filter((x) => ["registered", "attended", "absent"].includes(x.status)).length, a.title).toBeLessThanOrEqual(a.capacity);
    }
    // A weekly series, the demo teacher running several, the generated teachers the rest.
    expect(all.filter((a) => a.seriesId).length).toBeGreaterThanOrEqual(6);
    const teacher = db.select({ id: users.id }).from(users).where(eq(users.username, "teacher")).get()!.id;
    expect(db.select().from(activityTeachers).where(eq(activityTeachers.userId, teacher)).all().length).toBeGreaterThanOrEqual(5);
    // Again: nothing more.
    await seedDemo(db, NOW);
    expect(db.select().from(activities).all()).toHaveLength(all.length);
    // Same data from a fresh database.
    const again = createTestDb();
    await seedDemo(again, NOW);
    expect(again.select({ t: activities.title, s: activities.startAt }).from(activities).all()).toEqual(all.map((a) => ({ t: a.title, s: a.startAt })));
  });

  it("has the demo residents signed up, a full activity with a waitlist, attendance and ratings, a cancellation and assessments with alerts", async () => {
    const db = createTestDb();
    await seedDemo(db, NOW);
    const residentId = (u: string) => db.select({ id: users.residentId }).from(users).where(eq(users.username, u)).get()!.id!;
    const mine = db.select().from(activitySignups).where(eq(activitySignups.residentId, residentId("resident"))).all();
    expect(mine.some((s) => s.status === "waitlisted")).toBe(true);
    expect(mine.some((s) => s.status === "attended")).toBe(true);
    const upcoming = db
      .select({ status: activitySignups.status })
      .from(activitySignups)
      .innerJoin(activities, eq(activities.id, activitySignups.activityId))
      .where(and(eq(activitySignups.residentId, residentId("resident")), gt(activities.startAt, NOW)))
      .all();
    expect(upcoming.some((s) => s.status === "registered")).toBe(true);
    expect(db.select().from(activitySignups).where(eq(activitySignups.residentId, residentId("resident2"))).all().length).toBeGreaterThan(0);

    const full = db.select().from(activities).where(and(eq(activities.status, "full"), gt(activities.startAt, NOW))).all();
    expect(full.some((a) => db.select().from(activitySignups).where(and(eq(activitySignups.activityId, a.id), eq(activitySignups.status, "waitlisted"))).all().length >= 2)).toBe(true);
    const past = db.select({ id: activities.id }).from(activities).where(lte(activities.endAt, NOW)).all().map((a) => a.id);
    const rated = db.select().from(activitySignups).where(isNotNull(activitySignups.rating)).all();
    expect(rated.length).toBeGreaterThan(10);
    expect(rated.every((s) => past.includes(s.activityId) && s.status === "attended")).toBe(true);
    expect(db.select().from(activities).where(eq(activities.status, "cancelled")).all()).toHaveLength(1);
    expect(db.select().from(residentMessages).where(eq(residentMessages.residentId, residentId("resident"))).all().map((m) => m.kind)).toContain("activity_cancelled");

    expect(db.select().from(assessments).all().length).toBeGreaterThanOrEqual(10);
    expect(db.select().from(assessments).where(eq(assessments.residentId, residentId("resident"))).all().length).toBeGreaterThan(0);
    const alerts = db.select().from(assessmentAlerts).all();
    expect(alerts.some((a) => a.status === "open")).toBe(true);
    expect(alerts.some((a) => a.status === "handled")).toBe(true);
  });
});
