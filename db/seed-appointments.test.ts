import { describe, expect, it } from "vitest";
import { and, asc, count, eq, gt, inArray, isNull, lt } from "drizzle-orm";
import { createTestDb } from "@/lib/testing/test-db";
import { BUFFER_MINUTES } from "@/lib/appointments/policy";
import { addLocalDays } from "@/lib/time";
import { seedDemo } from "./seed";
import { appointments, availabilityRules, reservations, services, sessionRecords, userRoles, users } from "./schema";

const NOW = new Date("2026-11-30T01:30:00Z");

describe("seedAppointments (through seedDemo)", () => {
  it("seeds a catalogue, availability for every counsellor and ~150 appointments in every state, keeping every invariant", async () => {
    const db = createTestDb();
    await seedDemo(db, NOW);
    expect(db.select({ n: count() }).from(services).get()!.n).toBeGreaterThanOrEqual(6);
    const counselorIds = db.select({ id: userRoles.userId }).from(userRoles).where(eq(userRoles.role, "counselor")).all().map((r) => r.id);
    const withRules = new Set(db.select({ c: availabilityRules.counselorId }).from(availabilityRules).all().map((r) => r.c));
    expect(counselorIds.every((id) => withRules.has(id))).toBe(true);

    const all = db.select().from(appointments).orderBy(asc(appointments.id)).all();
    expect(all.length).toBeGreaterThanOrEqual(120);
    expect(all.length).toBeLessThanOrEqual(200);
    expect(new Set(all.map((a) => a.status))).toEqual(new Set(["requested", "confirmed", "checked_in", "completed", "cancelled", "declined", "no_show"]));
    expect(all.filter((a) => a.mode === "order" && a.status === "requested" && a.counselorId === null).length).toBeGreaterThanOrEqual(5);
    expect(Math.min(...all.filter((a) => a.startAt).map((a) => a.startAt!.getTime()))).toBeLessThan(addLocalDays(NOW, -50).getTime());

    // Every completed session has its record; confirmed and completed ones hold a confirmed reservation.
    const records = new Set(db.select({ a: sessionRecords.appointmentId }).from(sessionRecords).all().map((r) => r.a));
    for (const a of all.filter((x) => x.status === "completed")) expect(records.has(a.id), `record of ${a.id}`).toBe(true);
    const resById = new Map(db.select().from(reservations).where(inArray(reservations.id, all.map((a) => a.reservationId ?? 0))).all().map((r) => [r.id, r]));
    for (const a of all.filter((x) => ["confirmed", "checked_in", "completed", "no_show"].includes(x.status))) {
      const r = resById.get(a.reservationId!);
      expect(r?.status, `reservation of ${a.id}`).toBe("confirmed");
      expect(r?.startAt).toEqual(a.startAt);
    }
    for (const a of all.filter((x) => x.status === "cancelled" || x.status === "declined")) expect(resById.get(a.reservationId!)?.status).toBe("cancelled");
    for (const a of all.filter((x) => x.status === "requested" && x.mode === "slot")) {
      expect(resById.get(a.reservationId!)?.status).toBe("held");
      expect(a.holdExpiresAt!.getTime()).toBeGreaterThan(NOW.getTime());
    }

    // No counsellor has two sessions closer than the buffer.
    const live = all.filter((a) => a.counselorId && a.startAt && ["requested", "confirmed", "checked_in", "completed", "no_show"].includes(a.status));
    for (const a of live) {
      const clash = live.find((b) => b.id !== a.id && b.counselorId === a.counselorId && b.startAt!.getTime() < a.endAt!.getTime() + BUFFER_MINUTES * 60_000 && b.endAt!.getTime() > a.startAt!.getTime() - BUFFER_MINUTES * 60_000);
      expect(clash, `counsellor clash with ${a.id}`).toBeUndefined();
    }

    // The demo counsellor has confirmed sessions in the coming two weeks; the demo residents have theirs.
    const counselor = db.select({ id: users.id }).from(users).where(eq(users.username, "counselor")).get()!;
    const coming = db
      .select({ n: count() })
      .from(appointments)
      .where(and(eq(appointments.counselorId, counselor.id), eq(appointments.status, "confirmed"), gt(appointments.startAt, NOW), lt(appointments.startAt, addLocalDays(NOW, 15))))
      .get()!.n;
    expect(coming).toBeGreaterThanOrEqual(4);
    const resident = db.select({ r: users.residentId }).from(users).where(eq(users.username, "resident")).get()!.r!;
    expect(all.filter((a) => a.residentId === resident).map((a) => a.status).sort()).toEqual(["completed", "completed", "confirmed"]);
    expect(db.select({ n: count() }).from(appointments).where(and(eq(appointments.mode, "order"), isNull(appointments.counselorId))).get()!.n).toBe(10);
  }, 60_000);

  it("is deterministic and idempotent", async () => {
    const a = createTestDb();
    const b = createTestDb();
    await seedDemo(a, NOW);
    await seedDemo(a, NOW);
    await seedDemo(b, NOW);
    const rows = (db: typeof a) => db.select({ s: appointments.status, c: appointments.counselorId, t: appointments.startAt, r: appointments.residentId }).from(appointments).orderBy(asc(appointments.id)).all();
    expect(rows(a)).toEqual(rows(b));
  }, 60_000);
});
