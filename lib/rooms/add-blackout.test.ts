import { beforeEach, describe, expect, it } from "vitest";
import { addBlackout } from "./add-blackout";
import { removeBlackout } from "./remove-blackout";
import { reserveRoom } from "./reserve-room";
import { codeOf, local, roomsWorld, type RoomsWorld } from "./test-fixtures";

let w: RoomsWorld;
beforeEach(async () => {
  w = await roomsWorld();
});

const tuesday = (roomId: number) => ({ roomId, startAt: local("2026-12-01 10:00"), endAt: local("2026-12-01 11:00") });

describe("addBlackout / removeBlackout", () => {
  it("closes one room, names the live bookings inside, and reopens it when removed", () => {
    const existing = reserveRoom(w.ctx(w.counselor), tuesday(w.room("vr"))).reservation;
    const { id, affectedReservationIds } = addBlackout(w.ctx(w.admin), { roomId: w.room("vr"), startAt: local("2026-12-01 08:00"), endAt: local("2026-12-01 18:00"), reason: "设备检修" });
    expect(affectedReservationIds).toEqual([existing.id]);
    expect(codeOf(() => reserveRoom(w.ctx(w.counselor), { ...tuesday(w.room("vr")), startAt: local("2026-12-01 14:00"), endAt: local("2026-12-01 15:00") }))).toBe("conflict");
    expect(codeOf(() => reserveRoom(w.ctx(w.counselor), tuesday(w.room("studio"))))).toBe("ok");
    removeBlackout(w.ctx(w.admin), id);
    expect(codeOf(() => reserveRoom(w.ctx(w.counselor), { ...tuesday(w.room("vr")), startAt: local("2026-12-01 14:00"), endAt: local("2026-12-01 15:00") }))).toBe("ok");
  });

  it("closes every room when no room is named", () => {
    addBlackout(w.ctx(w.admin), { roomId: null, startAt: local("2026-12-01 00:00"), endAt: local("2026-12-02 00:00"), reason: "元旦调休" });
    expect(codeOf(() => reserveRoom(w.ctx(w.counselor), tuesday(w.room("studio"))))).toBe("conflict");
    expect(codeOf(() => reserveRoom(w.ctx(w.resident), tuesday(w.room("sleep"))))).toBe("conflict");
  });

  it("is the admin's alone; past periods and unknown blackouts are refused", () => {
    expect(codeOf(() => addBlackout(w.ctx(w.counselor), { roomId: null, startAt: local("2026-12-01 00:00"), endAt: local("2026-12-02 00:00"), reason: "x" }))).toBe("forbidden");
    expect(codeOf(() => addBlackout(w.ctx(w.admin), { roomId: null, startAt: local("2026-11-01 00:00"), endAt: local("2026-11-02 00:00"), reason: "x" }))).toBe("validation");
    expect(codeOf(() => addBlackout(w.ctx(w.admin), { roomId: 999, startAt: local("2026-12-01 00:00"), endAt: local("2026-12-02 00:00"), reason: "x" }))).toBe("not_found");
    expect(codeOf(() => removeBlackout(w.ctx(w.admin), 999))).toBe("not_found");
    expect(codeOf(() => removeBlackout(w.ctx(w.teacher), 1))).toBe("forbidden");
  });
});
