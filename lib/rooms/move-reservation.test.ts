import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog, reservations } from "@/db/schema";
import { moveReservation } from "./move-reservation";
import { reserveRoom } from "./reserve-room";
import { reserveInTransaction } from "./engine";
import { codeOf, errorOf, local, roomsWorld, type RoomsWorld } from "./test-fixtures";

let w: RoomsWorld;
beforeEach(async () => {
  w = await roomsWorld();
});

const slot = (roomId: number, from: string, to: string) => ({ roomId, startAt: local(from), endAt: local(to) });
const times = (from: string, to: string) => ({ startAt: local(from), endAt: local(to) });
const rowOf = (id: number) => w.db.select().from(reservations).where(eq(reservations.id, id)).get()!;

describe("moveReservation", () => {
  it("moves to a free time, even overlapping its own old time, with an audit row", () => {
    const { reservation } = reserveRoom(w.ctx(w.counselor), slot(w.room("studio"), "2026-12-01 10:00", "2026-12-01 11:00"));
    const moved = moveReservation(w.ctx(w.counselor), reservation.id, times("2026-12-01 10:30", "2026-12-01 11:30"));
    expect(moved.startAt.getTime()).toBe(local("2026-12-01 10:30").getTime());
    expect(rowOf(reservation.id).endAt.getTime()).toBe(local("2026-12-01 11:30").getTime());
    expect(w.db.select().from(auditLog).where(eq(auditLog.action, "reservation.move")).all()).toHaveLength(1);
  });

  it("refuses a move into another reservation (409) and leaves the reservation where it was", () => {
    const a = reserveRoom(w.ctx(w.counselor), slot(w.room("studio"), "2026-12-01 10:00", "2026-12-01 11:00")).reservation;
    reserveRoom(w.ctx(w.teacher), slot(w.room("studio"), "2026-12-01 14:00", "2026-12-01 15:00"));
    expect(codeOf(() => moveReservation(w.ctx(w.counselor), a.id, times("2026-12-01 14:30", "2026-12-01 15:30")))).toBe("conflict");
    expect(rowOf(a.id).startAt.getTime()).toBe(local("2026-12-01 10:00").getTime());
  });

  it("moves to another room when it is free there, and into a full shared room not at all", () => {
    const a = reserveRoom(w.ctx(w.counselor), slot(w.room("studio"), "2026-12-01 10:00", "2026-12-01 11:00")).reservation;
    for (let i = 0; i < 4; i++) reserveRoom(w.ctx(w.teacher), slot(w.room("music"), "2026-12-01 10:00", "2026-12-01 11:00"));
    expect(codeOf(() => moveReservation(w.ctx(w.counselor), a.id, { ...times("2026-12-01 10:30", "2026-12-01 11:30"), roomId: w.room("music") }))).toBe("conflict");
    expect(moveReservation(w.ctx(w.counselor), a.id, { ...times("2026-12-01 10:00", "2026-12-01 11:00"), roomId: w.room("sandplay") }).roomId).toBe(w.room("sandplay"));
  });

  it("checks the new time like a new booking: hours, past", () => {
    const a = reserveRoom(w.ctx(w.counselor), slot(w.room("studio"), "2026-12-01 10:00", "2026-12-01 11:00")).reservation;
    expect(codeOf(() => moveReservation(w.ctx(w.counselor), a.id, times("2026-12-01 17:00", "2026-12-01 18:00")))).toBe("validation");
    expect(codeOf(() => moveReservation(w.ctx(w.counselor), a.id, times("2026-11-30 08:30", "2026-11-30 09:30")))).toBe("validation");
  });

  it("is for the booker or an admin; a resident gets 404 for another's; a resident may not move into a staff room", () => {
    const a = reserveRoom(w.ctx(w.counselor), slot(w.room("studio"), "2026-12-01 10:00", "2026-12-01 11:00")).reservation;
    expect(codeOf(() => moveReservation(w.ctx(w.teacher), a.id, times("2026-12-01 12:00", "2026-12-01 13:00")))).toBe("forbidden");
    expect(codeOf(() => moveReservation(w.ctx(w.resident), a.id, times("2026-12-01 12:00", "2026-12-01 13:00")))).toBe("not_found");
    expect(codeOf(() => moveReservation(w.ctx(w.admin), a.id, times("2026-12-01 12:00", "2026-12-01 13:00")))).toBe("ok");
    const mine = reserveRoom(w.ctx(w.resident), slot(w.room("sleep"), "2026-12-01 10:00", "2026-12-01 11:00")).reservation;
    expect(codeOf(() => moveReservation(w.ctx(w.resident), mine.id, { ...times("2026-12-01 10:00", "2026-12-01 11:00"), roomId: w.room("vr") }))).toBe("forbidden");
    expect(codeOf(() => moveReservation(w.ctx(w.resident), mine.id, times("2026-12-01 11:00", "2026-12-01 12:00")))).toBe("ok");
  });

  it("leaves a reservation owned by another area to that area (409)", () => {
    const ctx = w.ctx(w.counselor);
    const r = w.db.transaction(() => reserveInTransaction(ctx, { ...slot(w.room("studio"), "2026-12-01 10:00", "2026-12-01 11:00"), purpose: "appointment", sourceType: "appointment", sourceId: 3 }), { behavior: "immediate" });
    expect(errorOf(() => moveReservation(ctx, r.id, times("2026-12-01 12:00", "2026-12-01 13:00"))).userMessage).toContain("预约咨询");
  });
});
