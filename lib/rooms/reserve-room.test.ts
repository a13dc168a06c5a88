import { beforeEach, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog, reservations, roomBlackouts, rooms } from "@/db/schema";
import { reserveRoom } from "./reserve-room";
import { cancelReservation } from "./cancel-reservation";
import { reserveInTransaction } from "./engine";
import { codeOf, errorOf, local, NOW, roomsWorld, type RoomsWorld } from "./test-fixtures";

let w: RoomsWorld;
beforeEach(async () => {
  w = await roomsWorld();
});

const slot = (roomId: number, from: string, to: string) => ({ roomId, startAt: local(from), endAt: local(to) });

describe("reserveRoom", () => {
  it("books a free slot for staff, confirmed, with an audit row", () => {
    const { reservation, replayed } = reserveRoom(w.ctx(w.counselor), { ...slot(w.room("studio"), "2026-12-01 10:00", "2026-12-01 11:00"), purpose: "meeting", title: "个案督导" });
    expect(replayed).toBe(false);
    expect(reservation.status).toBe("confirmed");
    const row = w.db.select().from(reservations).where(eq(reservations.id, reservation.id)).get()!;
    expect(row.bookedBy).toBe(w.counselor.userId);
    expect(row.title).toBe("个案督导");
    const audit = w.db.select().from(auditLog).where(and(eq(auditLog.action, "reservation.create"), eq(auditLog.entityId, String(reservation.id)))).get();
    expect(audit?.actorId).toBe(w.counselor.userId);
    expect(audit?.details).not.toContain("个案督导");
  });

  it("refuses an overlapping booking of an exclusive room (409) and accepts the adjacent one", () => {
    const studio = w.room("studio");
    reserveRoom(w.ctx(w.counselor), slot(studio, "2026-12-01 10:00", "2026-12-01 11:00"));
    const e = errorOf(() => reserveRoom(w.ctx(w.teacher), slot(studio, "2026-12-01 10:30", "2026-12-01 11:30")));
    expect(e.code).toBe("conflict");
    expect(e.userMessage).toContain("已被预约");
    expect(codeOf(() => reserveRoom(w.ctx(w.teacher), slot(studio, "2026-12-01 09:30", "2026-12-01 10:05")))).toBe("conflict");
    expect(codeOf(() => reserveRoom(w.ctx(w.teacher), slot(studio, "2026-12-01 11:00", "2026-12-01 12:00")))).toBe("ok");
    expect(codeOf(() => reserveRoom(w.ctx(w.teacher), slot(studio, "2026-12-01 09:00", "2026-12-01 10:00")))).toBe("ok");
    expect(w.rowCount(studio)).toBe(3);
  });

  it("fills a shared room to capacity at every instant, with partial overlaps, and no further", () => {
    const music = w.room("music"); // capacity 4
    reserveRoom(w.ctx(w.counselor), slot(music, "2026-12-01 10:00", "2026-12-01 11:00"));
    reserveRoom(w.ctx(w.counselor), slot(music, "2026-12-01 10:30", "2026-12-01 11:30"));
    reserveRoom(w.ctx(w.counselor), slot(music, "2026-12-01 10:45", "2026-12-01 11:15"));
    // 10:00–10:30 has 1, 10:45–11:00 has 3: one more fits there …
    expect(codeOf(() => reserveRoom(w.ctx(w.teacher), slot(music, "2026-12-01 10:50", "2026-12-01 11:20")))).toBe("ok");
    // … and now 10:50–11:00 holds 4: anything touching it is full, even if the rest of its range is quiet.
    const e = errorOf(() => reserveRoom(w.ctx(w.teacher), slot(music, "2026-12-01 09:40", "2026-12-01 10:55")));
    expect(e.code).toBe("conflict");
    expect(e.userMessage).toContain("已满");
    // 11:20 onwards only the 10:30–11:30 booking remains.
    expect(codeOf(() => reserveRoom(w.ctx(w.teacher), slot(music, "2026-12-01 11:20", "2026-12-01 12:00")))).toBe("ok");
    // Two places at once where 2 are free (09:00–10:00 has none), three where only two are.
    expect(codeOf(() => reserveRoom(w.ctx(w.teacher), { ...slot(music, "2026-12-01 09:00", "2026-12-01 10:00"), places: 4 }))).toBe("ok");
    expect(codeOf(() => reserveRoom(w.ctx(w.teacher), { ...slot(music, "2026-12-01 11:30", "2026-12-01 12:00"), places: 4 }))).toBe("conflict");
    expect(codeOf(() => reserveRoom(w.ctx(w.teacher), { ...slot(music, "2026-12-01 14:00", "2026-12-01 15:00"), places: 5 }))).toBe("validation");
  });

  it("accepts exactly four single bookings of the same slot in a capacity-4 room", () => {
    const selfService = w.room("self-service");
    const codes = Array.from({ length: 6 }, () => codeOf(() => reserveRoom(w.ctx(w.counselor), slot(selfService, "2026-12-01 14:00", "2026-12-01 14:30"))));
    expect(codes).toEqual(["ok", "ok", "ok", "ok", "conflict", "conflict"]);
  });

  it("frees the time of a cancelled reservation", () => {
    const sleep = w.room("sleep");
    const first = reserveRoom(w.ctx(w.counselor), slot(sleep, "2026-12-01 13:00", "2026-12-01 14:00")).reservation;
    expect(codeOf(() => reserveRoom(w.ctx(w.teacher), slot(sleep, "2026-12-01 13:00", "2026-12-01 14:00")))).toBe("conflict");
    cancelReservation(w.ctx(w.counselor), first.id, {});
    expect(codeOf(() => reserveRoom(w.ctx(w.teacher), slot(sleep, "2026-12-01 13:00", "2026-12-01 14:00")))).toBe("ok");
  });

  it("refuses times outside the opening hours, on a closed day, off the grid, too short or too long (422)", () => {
    const studio = w.room("studio"); // weekdays 08:30–17:30, Saturday 09:00–16:00, Sunday closed; 30–180 minutes
    const outside = errorOf(() => reserveRoom(w.ctx(w.counselor), slot(studio, "2026-12-01 17:00", "2026-12-01 18:00")));
    expect(outside.code).toBe("validation");
    expect(outside.userMessage).toContain("08:30–17:30");
    expect(outside.fieldErrors?.startAt).toBeDefined();
    expect(codeOf(() => reserveRoom(w.ctx(w.counselor), slot(studio, "2026-12-01 08:00", "2026-12-01 09:00")))).toBe("validation");
    expect(errorOf(() => reserveRoom(w.ctx(w.counselor), slot(studio, "2026-12-06 10:00", "2026-12-06 11:00"))).userMessage).toContain("周日不开放");
    expect(codeOf(() => reserveRoom(w.ctx(w.counselor), slot(studio, "2026-12-05 15:30", "2026-12-05 16:30")))).toBe("validation");
    expect(codeOf(() => reserveRoom(w.ctx(w.counselor), slot(studio, "2026-12-05 15:00", "2026-12-05 16:00")))).toBe("ok");
    expect(codeOf(() => reserveRoom(w.ctx(w.counselor), slot(studio, "2026-12-01 10:03", "2026-12-01 11:00")))).toBe("validation");
    expect(errorOf(() => reserveRoom(w.ctx(w.counselor), slot(studio, "2026-12-01 10:00", "2026-12-01 10:15"))).fieldErrors?.endAt?.[0]).toContain("至少预约 30 分钟");
    expect(codeOf(() => reserveRoom(w.ctx(w.counselor), slot(studio, "2026-12-01 09:00", "2026-12-01 12:05")))).toBe("validation");
    expect(w.rowCount(studio)).toBe(1);
  });

  it("refuses the past, and end before start", () => {
    const studio = w.room("studio");
    expect(errorOf(() => reserveRoom(w.ctx(w.counselor), slot(studio, "2026-11-30 08:30", "2026-11-30 09:30"))).userMessage).toBe("不能预约已经过去的时间。");
    expect(codeOf(() => reserveRoom(w.ctx(w.counselor), slot(studio, "2026-12-01 11:00", "2026-12-01 10:00")))).toBe("validation");
    expect(codeOf(() => reserveRoom(w.ctx(w.counselor), slot(studio, "2026-11-30 09:00", "2026-11-30 10:00")))).toBe("ok");
  });

  it("refuses a time inside a blackout of the room or of all rooms (409)", () => {
    w.db.insert(roomBlackouts).values({ roomId: w.room("vr"), startAt: local("2026-12-02 08:00"), endAt: local("2026-12-02 12:00"), reason: "设备检修", createdAt: NOW }).run();
    w.db.insert(roomBlackouts).values({ roomId: null, startAt: local("2026-12-03 00:00"), endAt: local("2026-12-04 00:00"), reason: "全员培训", createdAt: NOW }).run();
    const e = errorOf(() => reserveRoom(w.ctx(w.counselor), slot(w.room("vr"), "2026-12-02 11:30", "2026-12-02 12:30")));
    expect(e.code).toBe("conflict");
    expect(e.userMessage).toContain("设备检修");
    expect(codeOf(() => reserveRoom(w.ctx(w.counselor), slot(w.room("vr"), "2026-12-02 12:00", "2026-12-02 13:00")))).toBe("ok");
    expect(codeOf(() => reserveRoom(w.ctx(w.counselor), slot(w.room("studio"), "2026-12-02 11:00", "2026-12-02 12:00")))).toBe("ok");
    expect(errorOf(() => reserveRoom(w.ctx(w.counselor), slot(w.room("music"), "2026-12-03 10:00", "2026-12-03 11:00"))).userMessage).toContain("全员培训");
  });

  it("answers 404 for an unknown room and 409 for an inactive one", () => {
    expect(codeOf(() => reserveRoom(w.ctx(w.counselor), slot(9999, "2026-12-01 10:00", "2026-12-01 11:00")))).toBe("not_found");
    w.db.update(rooms).set({ active: false }).where(eq(rooms.id, w.room("vr"))).run();
    expect(errorOf(() => reserveRoom(w.ctx(w.counselor), slot(w.room("vr"), "2026-12-01 10:00", "2026-12-01 11:00"))).userMessage).toContain("暂停开放");
  });

  it("lets a resident book a resident-bookable room for themselves only, and refuses the others (403)", () => {
    const { reservation } = reserveRoom(w.ctx(w.resident), slot(w.room("sleep"), "2026-12-01 13:00", "2026-12-01 14:00"));
    const row = w.db.select().from(reservations).where(eq(reservations.id, reservation.id)).get()!;
    expect(row.residentId).toBe(w.resident.residentId);
    expect(row.purpose).toBe("self_service");
    const e = errorOf(() => reserveRoom(w.ctx(w.resident), slot(w.room("studio"), "2026-12-01 10:00", "2026-12-01 11:00")));
    expect(e.code).toBe("forbidden");
    expect(e.userMessage).toContain("心理服务工作室");
    expect(codeOf(() => reserveRoom(w.ctx(w.resident), { ...slot(w.room("music"), "2026-12-01 10:00", "2026-12-01 11:00"), purpose: "meeting" }))).toBe("validation");
    expect(codeOf(() => reserveRoom(w.ctx(w.resident), { ...slot(w.room("music"), "2026-12-01 10:00", "2026-12-01 11:00"), places: 3 }))).toBe("validation");
    expect(w.rowCount(w.room("studio"))).toBe(0);
  });

  it("limits a resident to three upcoming self-service bookings; a cancelled or past one does not count", () => {
    const ids = ["10:00", "11:00", "13:00"].map((h) => {
      const end = `${String(Number(h.slice(0, 2)) + 1).padStart(2, "0")}:00`;
      return reserveRoom(w.ctx(w.resident), slot(w.room("sleep"), `2026-12-01 ${h}`, `2026-12-01 ${end}`)).reservation.id;
    });
    const e = errorOf(() => reserveRoom(w.ctx(w.resident), slot(w.room("music"), "2026-12-02 10:00", "2026-12-02 11:00")));
    expect(e.code).toBe("conflict");
    expect(e.userMessage).toContain("3 个未开始的预约");
    cancelReservation(w.ctx(w.resident), ids[0], {});
    expect(codeOf(() => reserveRoom(w.ctx(w.resident), slot(w.room("music"), "2026-12-02 10:00", "2026-12-02 11:00")))).toBe("ok");
    // The next day the first two have ended.
    expect(codeOf(() => reserveRoom(w.ctx(w.resident, local("2026-12-01 15:00")), slot(w.room("music"), "2026-12-03 10:00", "2026-12-03 11:00")))).toBe("ok");
  });

  it("returns the same reservation for a repeated submit with the same request key", () => {
    const input = { ...slot(w.room("emotion"), "2026-12-01 10:00", "2026-12-01 11:00"), requestKey: "key-abcdef-123" };
    const first = reserveRoom(w.ctx(w.resident), input);
    const again = reserveRoom(w.ctx(w.resident), input);
    expect(again.replayed).toBe(true);
    expect(again.reservation.id).toBe(first.reservation.id);
    expect(w.rowCount(w.room("emotion"))).toBe(1);
    expect(codeOf(() => reserveRoom(w.ctx(w.resident), { ...input, startAt: local("2026-12-01 12:00"), endAt: local("2026-12-01 13:00") }))).toBe("conflict");
    // Another user's identical key is their own.
    expect(codeOf(() => reserveRoom(w.ctx(w.resident2), { ...input, startAt: local("2026-12-01 12:00"), endAt: local("2026-12-01 13:00") }))).toBe("ok");
  });

  it("lets other areas book inside their own transaction, rolling back together", () => {
    const ctx = w.ctx(w.counselor);
    expect(() =>
      w.db.transaction(
        () => {
          reserveInTransaction(ctx, { ...slot(w.room("studio"), "2026-12-01 10:00", "2026-12-01 11:00"), purpose: "appointment", sourceType: "appointment", sourceId: 7 });
          throw new Error("the appointment insert failed");
        },
        { behavior: "immediate" },
      ),
    ).toThrow("the appointment insert failed");
    expect(w.rowCount(w.room("studio"))).toBe(0);
    const r = w.db.transaction(() => reserveInTransaction(ctx, { ...slot(w.room("studio"), "2026-12-01 10:00", "2026-12-01 11:00"), purpose: "appointment", sourceType: "appointment", sourceId: 7 }), { behavior: "immediate" });
    expect(r.purpose).toBe("appointment");
    expect(() => reserveInTransaction(ctx, { ...slot(w.room("studio"), "2026-12-02 10:00", "2026-12-02 11:00"), purpose: "appointment" })).toThrow("事务");
  });
});
