import { beforeEach, describe, expect, it } from "vitest";
import { holdRoom } from "./hold-room";
import { reserveRoom } from "./reserve-room";
import { codeOf, local, NOW, roomsWorld, type RoomsWorld } from "./test-fixtures";

let w: RoomsWorld;
beforeEach(async () => {
  w = await roomsWorld();
});

const slot = (roomId: number) => ({ roomId, startAt: local("2026-12-01 10:00"), endAt: local("2026-12-01 11:00") });
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe("holdRoom", () => {
  it("holds a slot until the expiry, blocking others meanwhile", () => {
    const { reservation } = holdRoom(w.ctx(w.counselor), { ...slot(w.room("studio")), holdMinutes: 20 });
    expect(reservation.status).toBe("held");
    expect(reservation.holdExpiresAt?.getTime()).toBe(later(20).getTime());
    expect(codeOf(() => reserveRoom(w.ctx(w.teacher, later(19)), slot(w.room("studio"))))).toBe("conflict");
  });

  it("does not block once the hold has expired", () => {
    holdRoom(w.ctx(w.counselor), { ...slot(w.room("studio")), holdMinutes: 20 });
    expect(codeOf(() => reserveRoom(w.ctx(w.teacher, later(20)), slot(w.room("studio"))))).toBe("ok");
  });

  it("counts live holds against a shared room's capacity, expired ones not", () => {
    for (let i = 0; i < 4; i++) holdRoom(w.ctx(w.counselor), { ...slot(w.room("music")), holdMinutes: 10 });
    expect(codeOf(() => reserveRoom(w.ctx(w.teacher, later(5)), slot(w.room("music"))))).toBe("conflict");
    expect(codeOf(() => reserveRoom(w.ctx(w.teacher, later(10)), slot(w.room("music"))))).toBe("ok");
  });

  it("is for staff only (403 for a resident)", () => {
    expect(codeOf(() => holdRoom(w.ctx(w.resident), { ...slot(w.room("sleep")), holdMinutes: 10 }))).toBe("forbidden");
    expect(w.rowCount(w.room("sleep"))).toBe(0);
  });
});

describe("reserveRoom with holdMinutes", () => {
  it("holds instead of booking, and stays refused to residents", () => {
    expect(reserveRoom(w.ctx(w.counselor), { ...slot(w.room("studio")), holdMinutes: 15 }).reservation.status).toBe("held");
    expect(codeOf(() => reserveRoom(w.ctx(w.resident), { ...slot(w.room("sleep")), holdMinutes: 15 }))).toBe("forbidden");
  });
});
