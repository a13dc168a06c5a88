import { describe, expect, it } from "vitest";
import { availabilityExceptions, availabilityRules, roomBlackouts } from "@/db/schema";
import { reserveRoom } from "../rooms/reserve-room";
import { formatTime, localDateRange, toLocalDate } from "../time";
import { loadService } from "./internal";
import { requestAppointment } from "./request-appointment";
import { computeSlots } from "./slots";
import { appointmentsWorld, local, NOW, tue } from "./test-fixtures";
import { confirmAppointment } from "./confirm-appointment";

const day = (date: string) => localDateRange(date, date)!;
const times = (slots: { startAt: Date }[]) => slots.map((s) => formatTime(s.startAt));

describe("computeSlots", () => {
  it("offers the counsellor's weekly windows on a 30-minute step, each with a free room", async () => {
    const w = await appointmentsWorld();
    const ctx = w.ctx(w.admin);
    const slots = computeSlots(ctx, loadService(ctx, w.service.individual), { ...day("2026-12-01"), counselorIds: [w.c1.userId] });
    // 50 minutes within 09:00–12:00 and 14:00–17:00.
    expect(times(slots)).toEqual(["09:00", "09:30", "10:00", "10:30", "11:00", "14:00", "14:30", "15:00", "15:30", "16:00"]);
    expect(slots.every((s) => s.counselorId === w.c1.userId && s.endAt.getTime() - s.startAt.getTime() === 50 * 60_000)).toBe(true);
    expect(slots[0].roomIds).toEqual([w.room("studio"), w.room("sandplay")]);
  });

  it("keeps a resident's minimum notice of two hours; staff may book from now", async () => {
    const w = await appointmentsWorld();
    const today = day("2026-11-30");
    const forResident = computeSlots(w.ctx(w.r1), loadService(w.ctx(w.r1), w.service.individual), { ...today, counselorIds: [w.c1.userId] });
    const forStaff = computeSlots(w.ctx(w.admin), loadService(w.ctx(w.admin), w.service.individual), { ...today, counselorIds: [w.c1.userId] });
    expect(times(forResident)[0]).toBe("11:00");
    expect(times(forStaff)[0]).toBe("09:00");
  });

  it("never offers a time on leave, and adds extra hours", async () => {
    const w = await appointmentsWorld();
    w.db.insert(availabilityExceptions)
      .values([
        { counselorId: w.c1.userId, date: "2026-12-01", kind: "leave", startMinute: 0, endMinute: 720, createdAt: NOW },
        { counselorId: w.c1.userId, date: "2026-12-05", kind: "extra", startMinute: 540, endMinute: 660, createdAt: NOW },
      ])
      .run();
    const ctx = w.ctx(w.admin);
    const svc = loadService(ctx, w.service.individual);
    expect(times(computeSlots(ctx, svc, { ...day("2026-12-01"), counselorIds: [w.c1.userId] }))).toEqual(["14:00", "14:30", "15:00", "15:30", "16:00"]);
    // Saturday: no weekly rule, but two extra hours (studio opens 09:00–16:00 on Saturdays).
    expect(times(computeSlots(ctx, svc, { ...day("2026-12-05"), counselorIds: [w.c1.userId] }))).toEqual(["09:00", "09:30", "10:00"]);
    // Sunday: nothing.
    expect(computeSlots(ctx, svc, { ...day("2026-12-06"), counselorIds: [w.c1.userId] })).toEqual([]);
  });

  it("respects a rule's validity dates", async () => {
    const w = await appointmentsWorld();
    w.db.insert(availabilityRules).values({ counselorId: w.c2.userId, weekday: 3, startMinute: 840, endMinute: 960, validFrom: "2026-12-09", createdAt: NOW }).run();
    const ctx = w.ctx(w.admin);
    const svc = loadService(ctx, w.service.sandplay);
    expect(computeSlots(ctx, svc, { ...day("2026-12-02"), counselorIds: [w.c2.userId] })).toEqual([]);
    expect(times(computeSlots(ctx, svc, { ...day("2026-12-09"), counselorIds: [w.c2.userId] }))).toEqual(["14:00", "14:30", "15:00"]);
  });

  it("leaves out the counsellor's booked and held time, with a ten-minute buffer either side", async () => {
    const w = await appointmentsWorld();
    requestAppointment(w.ctx(w.r1), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: tue("10:00") });
    const ctx = w.ctx(w.admin);
    const morning = computeSlots(ctx, loadService(ctx, w.service.individual), { ...day("2026-12-01"), counselorIds: [w.c1.userId] }).filter((s) => s.startAt < tue("12:00"));
    // 09:00–09:50 ends ten minutes before 10:00; 11:00 starts ten minutes after 10:50.
    expect(times(morning)).toEqual(["09:00", "11:00"]);
  });

  it("offers no time when none of the service's rooms is free, or a blackout closes them", async () => {
    const w = await appointmentsWorld();
    const staff = w.ctx(w.admin);
    for (const code of ["studio", "sandplay"] as const) reserveRoom(staff, { roomId: w.room(code), startAt: tue("14:00"), endAt: tue("15:00") });
    w.db.insert(roomBlackouts).values({ roomId: null, startAt: tue("16:00"), endAt: tue("17:00"), reason: "消防检查", createdAt: NOW }).run();
    const afternoon = computeSlots(staff, loadService(staff, w.service.individual), { ...day("2026-12-01"), counselorIds: [w.c1.userId] }).filter((s) => s.startAt >= tue("12:00"));
    // 14:00 and 14:30 overlap both rooms' bookings; 15:30 and 16:00 run into the blackout.
    expect(times(afternoon)).toEqual(["15:00"]);
  });

  it("does not offer a room another counsellor's session has taken", async () => {
    const w = await appointmentsWorld();
    const { id } = requestAppointment(w.ctx(w.r1), { serviceId: w.service.sandplay, counselorId: w.c2.userId, startAt: tue("09:00") });
    confirmAppointment(w.ctx(w.c2), id, {});
    const ctx = w.ctx(w.admin);
    // c1 can still see someone at 09:00, but only in the studio now.
    const c1Individual = computeSlots(ctx, loadService(ctx, w.service.individual), { ...day("2026-12-01"), counselorIds: [w.c1.userId] });
    expect(c1Individual[0].roomIds).toEqual([w.room("studio")]);
  });

  it("across counsellors: only those with the service's specialty", async () => {
    const w = await appointmentsWorld();
    const ctx = w.ctx(w.admin);
    const all = computeSlots(ctx, loadService(ctx, w.service.sandplay), { ...localDateRange("2026-11-30", "2026-12-06")! });
    expect(new Set(all.map((s) => s.counselorId))).toEqual(new Set([w.c2.userId]));
    expect(new Set(all.map((s) => toLocalDate(s.startAt)))).toEqual(new Set(["2026-12-01"]));
    const individual = computeSlots(ctx, loadService(ctx, w.service.individual), { ...day("2026-12-01") });
    expect(new Set(individual.map((s) => s.counselorId))).toEqual(new Set([w.c1.userId, w.c2.userId, w.c3.userId]));
    // Sorted by time, then counsellor.
    expect(individual.map((s) => s.startAt.getTime())).toEqual([...individual.map((s) => s.startAt.getTime())].sort((a, b) => a - b));
  });

  it("keeps a list only until something is written or a hold it counts expires", async () => {
    const w = await appointmentsWorld();
    const thu = day("2026-12-03");
    const at = (hours: number) => w.ctx(w.admin, new Date(NOW.getTime() + hours * 3_600_000));
    const thursday = (ctx: ReturnType<typeof at>) => times(computeSlots(ctx, loadService(ctx, w.service.individual), { ...thu, counselorIds: [w.c1.userId] }));
    expect(thursday(at(0))).toContain("15:00");
    // A resident's request holds the time for 48 hours: seen at once, though nothing else changed.
    const { holdExpiresAt } = requestAppointment(w.ctx(w.r1), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: local("2026-12-03 15:00") });
    expect(holdExpiresAt).toEqual(new Date(NOW.getTime() + 48 * 3_600_000));
    expect(thursday(at(0))).not.toContain("15:00");
    expect(thursday(at(47))).not.toContain("15:00");
    // The hold lapses with no write at all: the kept list must not outlive it.
    expect(thursday(at(49))).toContain("15:00");
    // An earlier clock than the kept list's gets its own list, with the times the later one dropped.
    expect(thursday(at(0))).not.toContain("15:00");
    expect(thursday(at(0))[0]).toBe("09:00");
  });

  it("returns nothing for a range that is all in the past", async () => {
    const w = await appointmentsWorld();
    const ctx = w.ctx(w.admin, local("2026-12-10 09:00"));
    expect(computeSlots(ctx, loadService(ctx, w.service.individual), { ...day("2026-12-01"), counselorIds: [w.c1.userId] })).toEqual([]);
  });
});
