import { beforeAll, describe, expect, it } from "vitest";
import { reservations, roomBlackouts, type ReservationStatus } from "@/db/schema";
import { roomStats } from "./room-stats";
import { codeOf, local, NOV, OCT, statsWorld, type StatsWorld } from "./test-fixtures";

let w: StatsWorld;

function book(code: "studio" | "music", from: string, to: string, status: ReservationStatus = "confirmed", places = 1) {
  w.db
    .insert(reservations)
    .values({ roomId: w.room(code), startAt: local(from), endAt: local(to), status, purpose: "meeting", places, bookedBy: w.admin.userId, createdAt: local("2026-10-01 09:00") })
    .run();
}

beforeAll(async () => {
  w = await statsWorld();
  book("studio", "2026-11-02 09:00", "2026-11-02 11:00");
  book("studio", "2026-11-03 10:00", "2026-11-03 11:30");
  book("studio", "2026-11-04 09:00", "2026-11-04 10:00", "cancelled");
  book("studio", "2026-11-05 09:00", "2026-11-05 10:00", "held");
  book("studio", "2026-10-30 16:00", "2026-10-30 17:00");
  book("music", "2026-11-10 10:00", "2026-11-10 11:00", "confirmed", 2);
  book("music", "2026-11-10 10:30", "2026-11-10 11:30", "confirmed", 1);
});

describe("room utilisation", () => {
  it("counts confirmed reservations and booked hours against opening hours per room", () => {
    const s = roomStats(w.ctx(w.admin), NOV);
    const room = (code: string) => s.rooms.find((r) => r.code === code)!;
    // November 2026: 21 weekdays of 9 h and 4 Saturdays of 7 h = 217 h (the VR room closes on Saturdays: 189 h).
    expect(room("studio")).toMatchObject({ reservations: 2, openHours: 217, bookedHours: 3.5 });
    expect(room("studio").utilisation).toBeCloseTo(3.5 / 217);
    expect(room("vr")).toMatchObject({ reservations: 0, openHours: 189, bookedHours: 0, utilisation: 0 });
    // A shared room fills by places: 2 × 1 h + 1 × 1 h of 4 places × 217 h.
    expect(room("music")).toMatchObject({ reservations: 2, openHours: 217, bookedHours: 3 });
    expect(room("music").utilisation).toBeCloseTo(3 / (4 * 217));
    // All rooms: 6.5 place-hours of (4 + 1 + 6 + 4 + 1 + 1 + 1) × 217 + 189 = 4095.
    expect(s.utilisation).toBeCloseTo(6.5 / 4095);
    expect(roomStats(w.ctx(w.admin), OCT).rooms.find((r) => r.code === "studio")).toMatchObject({ reservations: 1, bookedHours: 1 });
  });

  it("clips reservations at the period's edges, takes blackouts out of the opening hours, and is admin only", () => {
    // Studio: 30 Nov 17:00 – 1 Dec 09:00 counts its 7 hours of November (17:00–24:00) only; it began in November.
    book("studio", "2026-11-30 17:00", "2026-12-01 09:00");
    // The VR room is closed for maintenance on Monday 16 Nov 12:00–14:00 (2 of its 9 open hours); all rooms on Tuesday 17 Nov all day.
    w.db.insert(roomBlackouts).values({ roomId: w.room("vr"), startAt: local("2026-11-16 12:00"), endAt: local("2026-11-16 14:00"), reason: "维护", createdAt: local("2026-11-01 09:00") }).run();
    w.db.insert(roomBlackouts).values({ roomId: null, startAt: local("2026-11-17 00:00"), endAt: local("2026-11-18 00:00"), reason: "停电", createdAt: local("2026-11-01 09:00") }).run();
    const s = roomStats(w.ctx(w.admin), NOV);
    expect(s.rooms.find((r) => r.code === "studio")).toMatchObject({ reservations: 3, openHours: 208, bookedHours: 10.5 });
    expect(s.rooms.find((r) => r.code === "vr")).toMatchObject({ openHours: 189 - 2 - 9 });
    expect(codeOf(() => roomStats(w.ctx(w.counselor), NOV))).toBe("forbidden");
  });
});
