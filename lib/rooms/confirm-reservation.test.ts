import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { reservations } from "@/db/schema";
import { confirmReservation } from "./confirm-reservation";
import { holdRoom } from "./hold-room";
import { reserveRoom } from "./reserve-room";
import { cancelReservation } from "./cancel-reservation";
import { codeOf, errorOf, local, NOW, roomsWorld, type RoomsWorld } from "./test-fixtures";

let w: RoomsWorld;
beforeEach(async () => {
  w = await roomsWorld();
});

const slot = (roomId: number) => ({ roomId, startAt: local("2026-12-01 10:00"), endAt: local("2026-12-01 11:00") });
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe("confirmReservation", () => {
  it("confirms a live hold, and confirming again changes nothing", () => {
    const { reservation } = holdRoom(w.ctx(w.counselor), { ...slot(w.room("studio")), holdMinutes: 30 });
    expect(confirmReservation(w.ctx(w.counselor, later(5)), reservation.id).status).toBe("confirmed");
    expect(confirmReservation(w.ctx(w.counselor, later(6)), reservation.id).status).toBe("confirmed");
    const row = w.db.select().from(reservations).where(eq(reservations.id, reservation.id)).get()!;
    expect(row.holdExpiresAt).toBeNull();
    // Confirmed, it no longer lapses.
    expect(codeOf(() => reserveRoom(w.ctx(w.teacher, later(60)), slot(w.room("studio"))))).toBe("conflict");
  });

  it("confirms a lapsed hold whose time is still free, and refuses one whose time was taken (409)", () => {
    const a = holdRoom(w.ctx(w.counselor), { ...slot(w.room("studio")), holdMinutes: 10 }).reservation;
    expect(confirmReservation(w.ctx(w.counselor, later(15)), a.id).status).toBe("confirmed");
    const b = holdRoom(w.ctx(w.counselor), { ...slot(w.room("sandplay")), holdMinutes: 10 }).reservation;
    reserveRoom(w.ctx(w.teacher, later(11)), slot(w.room("sandplay")));
    const e = errorOf(() => confirmReservation(w.ctx(w.counselor, later(12)), b.id));
    expect(e.code).toBe("conflict");
    expect(e.userMessage).toContain("暂留已过期");
  });

  it("lets only the booker or an admin confirm; a resident gets 404 for another's", () => {
    const { reservation } = holdRoom(w.ctx(w.counselor), { ...slot(w.room("studio")), holdMinutes: 30 });
    expect(codeOf(() => confirmReservation(w.ctx(w.teacher), reservation.id))).toBe("forbidden");
    expect(codeOf(() => confirmReservation(w.ctx(w.resident), reservation.id))).toBe("not_found");
    expect(codeOf(() => confirmReservation(w.ctx(w.admin), reservation.id))).toBe("ok");
  });

  it("refuses to confirm a cancelled reservation", () => {
    const { reservation } = holdRoom(w.ctx(w.counselor), { ...slot(w.room("studio")), holdMinutes: 30 });
    cancelReservation(w.ctx(w.counselor), reservation.id);
    expect(errorOf(() => confirmReservation(w.ctx(w.counselor), reservation.id)).userMessage).toContain("暂留");
  });
});
