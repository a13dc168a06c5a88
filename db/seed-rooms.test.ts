import { describe, expect, it } from "vitest";
import { and, asc, count, eq, gt, isNotNull } from "drizzle-orm";
import { createTestDb } from "@/lib/testing/test-db";
import { peakPlaces } from "@/lib/rooms/engine";
import { addLocalDays, startOfLocalDay } from "@/lib/time";
import { seedDemo } from "./seed";
import { historyEnd } from "./seed-history";
import { seedRooms } from "./seed-rooms";
import { reservations, roomBlackouts, rooms, users } from "./schema";

const NOW = new Date("2026-11-30T01:00:00Z");

describe("room demo data", () => {
  it("fills two weeks back and two ahead in every room, keeping every engine invariant", async () => {
    const db = createTestDb();
    await seedDemo(db, NOW);
    const all = db.select().from(reservations).orderBy(asc(reservations.startAt)).all();
    const roomList = db.select().from(rooms).all();
    for (const room of roomList) {
      const live = all.filter((r) => r.roomId === room.id && r.status === "confirmed");
      expect(live.length, room.code).toBeGreaterThan(5);
      for (const r of live) {
        const others = live.filter((x) => x.id !== r.id && x.startAt < r.endAt && x.endAt > r.startAt);
        if (room.mode === "exclusive") expect(others, `${room.code} #${r.id}`).toEqual([]);
        else expect(peakPlaces([...others, r], r.startAt, r.endAt).peak, room.code).toBeLessThanOrEqual(room.capacity);
      }
      // Every room has something in the coming week.
      expect(live.some((r) => r.startAt > NOW && r.startAt < addLocalDays(NOW, 7)), room.code).toBe(true);
    }
    // The room seed's own rows (no source area) stay within two weeks either side of today.
    // (Rows before historyEnd are the statistics history of seed-history.ts, checked in its own test.)
    const own = all.filter((r) => r.sourceType === null && r.startAt >= historyEnd(NOW));
    expect(own[0].startAt >= addLocalDays(startOfLocalDay(NOW), -14), own[0].startAt.toISOString()).toBe(true);
    const series = db.select({ seriesId: reservations.seriesId, n: count() }).from(reservations).where(isNotNull(reservations.seriesId)).groupBy(reservations.seriesId).all();
    expect(series.length).toBeGreaterThanOrEqual(3);
    expect(series.every((s) => s.n >= 3)).toBe(true);
    const blackouts = db.select().from(roomBlackouts).all();
    expect(blackouts.some((b) => b.roomId !== null && b.startAt > NOW)).toBe(true);
    // No live booking inside a blackout.
    for (const b of blackouts) {
      expect(all.filter((r) => r.status === "confirmed" && (b.roomId === null || r.roomId === b.roomId) && r.startAt < b.endAt && r.endAt > b.startAt)).toEqual([]);
    }
    expect(all.some((r) => r.status === "cancelled")).toBe(true);
  }, 120_000);

  it("gives each demo resident one upcoming self-service booking, under the limit of three", async () => {
    const db = createTestDb();
    await seedDemo(db, NOW);
    for (const username of ["resident", "resident2"]) {
      const u = db.select().from(users).where(eq(users.username, username)).get()!;
      const upcoming = db
        .select()
        .from(reservations)
        .where(and(eq(reservations.residentId, u.residentId!), eq(reservations.purpose, "self_service"), eq(reservations.status, "confirmed"), gt(reservations.endAt, NOW)))
        .all();
      expect(upcoming, username).toHaveLength(1);
      expect(upcoming[0].bookedBy).toBe(u.id);
    }
  }, 120_000);

  it("is deterministic and idempotent", async () => {
    const a = createTestDb();
    const b = createTestDb();
    await seedDemo(a, NOW);
    await seedDemo(b, NOW);
    const shape = (db: typeof a) => db.select({ roomId: reservations.roomId, s: reservations.startAt, e: reservations.endAt, t: reservations.title, st: reservations.status }).from(reservations).orderBy(asc(reservations.id)).all();
    expect(shape(a)).toEqual(shape(b));
    const before = shape(a).length;
    seedRooms(a, NOW);
    expect(shape(a)).toHaveLength(before);
  }, 180_000);
});
