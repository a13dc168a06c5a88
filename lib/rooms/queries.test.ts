import { beforeEach, describe, expect, it } from "vitest";
import { getReservation, freeSlots, listReservations, listRooms, roomAvailability, roomSchedule, roomUsage, todayRoomUse } from "./queries";
import { reserveRoom } from "./reserve-room";
import { holdRoom } from "./hold-room";
import { addBlackout } from "./add-blackout";
import { codeOf, local, NOW, roomsWorld, type RoomsWorld } from "./test-fixtures";
import { localDateRange, toIsoLocal } from "../time";

let w: RoomsWorld;
beforeEach(async () => {
  w = await roomsWorld();
});

const day = localDateRange("2026-12-01", "2026-12-01")!;

describe("rooms queries", () => {
  it("lists the eight rooms in order", () => {
    expect(listRooms(w.ctx(w.resident)).map((r) => r.code)).toEqual(["self-service", "studio", "exercise", "vr", "emotion", "music", "sandplay", "sleep"]);
  });

  it("shows staff titles and bookers; residents only busy times and their own", () => {
    reserveRoom(w.ctx(w.counselor), { roomId: w.room("sleep"), startAt: local("2026-12-01 10:00"), endAt: local("2026-12-01 11:00"), title: "失眠个案放松训练" });
    reserveRoom(w.ctx(w.resident2), { roomId: w.room("sleep"), startAt: local("2026-12-01 11:00"), endAt: local("2026-12-01 12:00") });
    const own = reserveRoom(w.ctx(w.resident), { roomId: w.room("sleep"), startAt: local("2026-12-01 14:00"), endAt: local("2026-12-01 15:00") }).reservation;
    const staffView = roomSchedule(w.ctx(w.teacher), { ...day, roomIds: [w.room("sleep")] });
    expect(staffView.map((r) => r.title)).toContain("失眠个案放松训练");
    expect(staffView.map((r) => r.bookedBy.name)).toContain("马国强");
    expect(codeOf(() => roomSchedule(w.ctx(w.resident), day))).toBe("forbidden");

    const a = roomAvailability(w.ctx(w.resident), w.room("sleep"), day);
    // Two adjacent bookings by others merge: who and how many stay hidden.
    expect(a.busy.map((b) => `${toIsoLocal(b.startAt)}/${toIsoLocal(b.endAt)}`)).toEqual(["2026-12-01T10:00:00+08:00/2026-12-01T12:00:00+08:00"]);
    expect(a.mine.map((m) => m.id)).toEqual([own.id]);
    const json = JSON.stringify(a);
    expect(json).not.toContain("失眠");
    expect(json).not.toContain("马国强");
    expect(json).not.toContain("bookedBy");
  });

  it("shows a shared room busy to residents only where it is full", () => {
    const music = w.room("music");
    for (let i = 0; i < 3; i++) reserveRoom(w.ctx(w.teacher), { roomId: music, startAt: local("2026-12-01 10:00"), endAt: local("2026-12-01 11:00") });
    expect(roomAvailability(w.ctx(w.resident), music, day).busy).toEqual([]);
    reserveRoom(w.ctx(w.teacher), { roomId: music, startAt: local("2026-12-01 10:30"), endAt: local("2026-12-01 11:30") });
    expect(roomAvailability(w.ctx(w.resident), music, day).busy.map((b) => toIsoLocal(b.startAt))).toEqual(["2026-12-01T10:30:00+08:00"]);
  });

  it("offers only slots the engine would accept", () => {
    reserveRoom(w.ctx(w.counselor), { roomId: w.room("sleep"), startAt: local("2026-12-01 10:00"), endAt: local("2026-12-01 11:00") });
    addBlackout(w.ctx(w.admin), { roomId: w.room("sleep"), startAt: local("2026-12-01 15:00"), endAt: local("2026-12-01 18:00"), reason: "消毒" });
    const starts = freeSlots(w.ctx(w.resident), w.room("sleep"), "2026-12-01").map((s) => toIsoLocal(s.startAt).slice(11, 16));
    expect(starts).toEqual(["08:30", "09:00", "11:00", "11:30", "12:00", "12:30", "13:00", "13:30", "14:00"]);
    expect(freeSlots(w.ctx(w.resident), w.room("sleep"), "2026-12-06")).toEqual([]);
    // Today before 09:00 is past.
    expect(freeSlots(w.ctx(w.resident), w.room("sleep"), "2026-11-30")[0].startAt.getTime()).toBe(NOW.getTime());
  });

  it("lists my reservations; residents never another's; one reservation is 404 to a stranger", () => {
    const r1 = reserveRoom(w.ctx(w.resident), { roomId: w.room("sleep"), startAt: local("2026-12-01 10:00"), endAt: local("2026-12-01 11:00") }).reservation;
    reserveRoom(w.ctx(w.resident2), { roomId: w.room("sleep"), startAt: local("2026-12-01 11:00"), endAt: local("2026-12-01 12:00") });
    reserveRoom(w.ctx(w.counselor), { roomId: w.room("studio"), startAt: local("2026-12-01 11:00"), endAt: local("2026-12-01 12:00") });
    expect(listReservations(w.ctx(w.resident), { mine: false, limit: 50 }).items.map((r) => r.id)).toEqual([r1.id]);
    expect(listReservations(w.ctx(w.counselor), { mine: true, limit: 50 }).items).toHaveLength(1);
    expect(listReservations(w.ctx(w.counselor), { limit: 50 }).items).toHaveLength(3);
    expect(codeOf(() => getReservation(w.ctx(w.resident2), r1.id))).toBe("not_found");
    expect(getReservation(w.ctx(w.resident), r1.id).mine).toBe(true);
  });

  it("pages with a cursor", () => {
    for (const h of ["09", "10", "11", "13", "14"]) reserveRoom(w.ctx(w.counselor), { roomId: w.room("studio"), startAt: local(`2026-12-01 ${h}:00`), endAt: local(`2026-12-01 ${h}:30`) });
    const p1 = listReservations(w.ctx(w.counselor), { mine: true, limit: 2 });
    const p2 = listReservations(w.ctx(w.counselor), { mine: true, limit: 2, cursor: p1.nextCursor! });
    const p3 = listReservations(w.ctx(w.counselor), { mine: true, limit: 2, cursor: p2.nextCursor! });
    expect([...p1.items, ...p2.items, ...p3.items].map((r) => toIsoLocal(r.startAt).slice(11, 13))).toEqual(["09", "10", "11", "13", "14"]);
    expect(p3.nextCursor).toBeNull();
  });

  it("hides expired holds from the schedule", () => {
    holdRoom(w.ctx(w.counselor), { roomId: w.room("studio"), startAt: local("2026-12-01 10:00"), endAt: local("2026-12-01 11:00"), holdMinutes: 10 });
    expect(roomSchedule(w.ctx(w.counselor), day)).toHaveLength(1);
    expect(roomSchedule(w.ctx(w.counselor, local("2026-11-30 09:10")), day)).toHaveLength(0);
  });

  it("measures hours booked against hours open, blackouts taken out (admin only)", () => {
    reserveRoom(w.ctx(w.counselor), { roomId: w.room("studio"), startAt: local("2026-12-01 10:00"), endAt: local("2026-12-01 12:00") });
    reserveRoom(w.ctx(w.counselor), { roomId: w.room("music"), startAt: local("2026-12-01 10:00"), endAt: local("2026-12-01 11:00") });
    reserveRoom(w.ctx(w.counselor), { roomId: w.room("music"), startAt: local("2026-12-01 10:30"), endAt: local("2026-12-01 11:30") });
    addBlackout(w.ctx(w.admin), { roomId: w.room("vr"), startAt: local("2026-12-01 08:00"), endAt: local("2026-12-01 12:30"), reason: "检修" });
    const u = roomUsage(w.ctx(w.admin), day);
    const by = (code: string) => u.find((x) => x.code === code)!;
    expect(by("studio")).toMatchObject({ openMinutes: 540, bookedMinutes: 120, placeMinutes: 120 });
    expect(by("music")).toMatchObject({ openMinutes: 540, bookedMinutes: 90, placeMinutes: 120 });
    expect(by("vr").openMinutes).toBe(300);
    expect(codeOf(() => roomUsage(w.ctx(w.counselor), day))).toBe("forbidden");
  });

  it("counts today's use per room for the staff home", () => {
    reserveRoom(w.ctx(w.counselor), { roomId: w.room("studio"), startAt: local("2026-11-30 10:00"), endAt: local("2026-11-30 11:00") });
    reserveRoom(w.ctx(w.counselor), { roomId: w.room("studio"), startAt: local("2026-11-30 14:00"), endAt: local("2026-11-30 15:00") });
    const studio = todayRoomUse(w.ctx(w.teacher)).find((r) => r.roomId === w.room("studio"))!;
    expect(studio.count).toBe(2);
    expect(studio.nextAt?.getTime()).toBe(local("2026-11-30 10:00").getTime());
  });
});
