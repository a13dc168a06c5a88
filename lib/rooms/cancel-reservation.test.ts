import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog, reservations } from "@/db/schema";
import { cancelReservation } from "./cancel-reservation";
import { reserveRoom } from "./reserve-room";
import { reserveSeries } from "./reserve-series";
import { codeOf, local, roomsWorld, type RoomsWorld } from "./test-fixtures";

let w: RoomsWorld;
beforeEach(async () => {
  w = await roomsWorld();
});

const slot = (roomId: number, from: string, to: string) => ({ roomId, startAt: local(from), endAt: local(to) });
const rowOf = (id: number) => w.db.select().from(reservations).where(eq(reservations.id, id)).get()!;

describe("cancelReservation", () => {
  it("cancels with who, when and why, frees the slot, and a repeat is a no-op", () => {
    const { reservation } = reserveRoom(w.ctx(w.counselor), slot(w.room("studio"), "2026-12-01 10:00", "2026-12-01 11:00"));
    const [c] = cancelReservation(w.ctx(w.counselor), reservation.id, { reason: "来访者改期" });
    expect(c.status).toBe("cancelled");
    const row = rowOf(reservation.id);
    expect(row.cancelledBy).toBe(w.counselor.userId);
    expect(row.cancelReason).toBe("来访者改期");
    expect(cancelReservation(w.ctx(w.counselor), reservation.id)[0].status).toBe("cancelled");
    expect(w.db.select().from(auditLog).where(eq(auditLog.action, "reservation.cancel")).all()).toHaveLength(1);
    expect(codeOf(() => reserveRoom(w.ctx(w.teacher), slot(w.room("studio"), "2026-12-01 10:00", "2026-12-01 11:00")))).toBe("ok");
  });

  it("is for the booker or an admin: another staff member 403, another resident 404", () => {
    const staff = reserveRoom(w.ctx(w.counselor), slot(w.room("studio"), "2026-12-01 10:00", "2026-12-01 11:00")).reservation;
    const own = reserveRoom(w.ctx(w.resident), slot(w.room("sleep"), "2026-12-01 10:00", "2026-12-01 11:00")).reservation;
    expect(codeOf(() => cancelReservation(w.ctx(w.teacher), staff.id))).toBe("forbidden");
    expect(codeOf(() => cancelReservation(w.ctx(w.resident2), own.id))).toBe("not_found");
    expect(codeOf(() => cancelReservation(w.ctx(w.resident), staff.id))).toBe("not_found");
    expect(rowOf(own.id).status).toBe("confirmed");
    expect(codeOf(() => cancelReservation(w.ctx(w.resident), own.id))).toBe("ok");
    expect(codeOf(() => cancelReservation(w.ctx(w.admin), staff.id))).toBe("ok");
  });

  it("refuses to cancel a reservation that has ended", () => {
    const { reservation } = reserveRoom(w.ctx(w.counselor), slot(w.room("studio"), "2026-12-01 10:00", "2026-12-01 11:00"));
    expect(codeOf(() => cancelReservation(w.ctx(w.counselor, local("2026-12-01 11:00")), reservation.id))).toBe("conflict");
  });

  it("cancels one occurrence of a series and leaves the others; `following` cancels the rest", () => {
    const { created } = reserveSeries(w.ctx(w.teacher), { ...slot(w.room("sandplay"), "2026-12-02 14:00", "2026-12-02 16:00"), count: 5, purpose: "activity", title: "沙盘小组" });
    cancelReservation(w.ctx(w.teacher), created[1].id);
    expect(created.map((r) => rowOf(r.id).status)).toEqual(["confirmed", "cancelled", "confirmed", "confirmed", "confirmed"]);
    cancelReservation(w.ctx(w.teacher), created[2].id, { scope: "following" });
    expect(created.map((r) => rowOf(r.id).status)).toEqual(["confirmed", "cancelled", "cancelled", "cancelled", "cancelled"]);
  });
});
