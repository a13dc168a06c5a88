import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog, rooms } from "@/db/schema";
import { updateRoom } from "./update-room";
import { reserveRoom } from "./reserve-room";
import { updateRoomSchema, type UpdateRoomInput } from "./schemas";
import { codeOf, errorOf, local, roomsWorld, type RoomsWorld } from "./test-fixtures";

let w: RoomsWorld;
beforeEach(async () => {
  w = await roomsWorld();
});

function settings(code: Parameters<RoomsWorld["room"]>[0]): UpdateRoomInput {
  const r = w.db.select().from(rooms).where(eq(rooms.id, w.room(code))).get()!;
  return { name: r.name, description: r.description ?? "", icon: r.icon ?? "", mode: r.mode, capacity: r.capacity, residentBookable: r.residentBookable, staffRequired: r.staffRequired, openingHours: r.openingHours, minMinutes: r.minMinutes, maxMinutes: r.maxMinutes, active: r.active };
}

describe("updateRoom", () => {
  it("saves the admin's settings and audits which fields changed", () => {
    const hours = settings("sleep").openingHours.map((h, i) => (i === 6 ? null : h));
    updateRoom(w.ctx(w.admin), w.room("sleep"), { ...settings("sleep"), capacity: 2, openingHours: hours, maxMinutes: 90 });
    const r = w.db.select().from(rooms).where(eq(rooms.id, w.room("sleep"))).get()!;
    expect(r.capacity).toBe(2);
    expect(r.openingHours[6]).toBeNull();
    const audit = w.db.select().from(auditLog).where(eq(auditLog.action, "room.update")).get()!;
    expect(JSON.parse(audit.details!).changed).toEqual(["capacity", "openingHours", "maxMinutes"]);
    // Saturday is now closed for new bookings.
    expect(codeOf(() => reserveRoom(w.ctx(w.counselor), { roomId: w.room("sleep"), startAt: local("2026-12-05 10:00"), endAt: local("2026-12-05 11:00") }))).toBe("validation");
  });

  it("is the admin's alone (403)", () => {
    expect(codeOf(() => updateRoom(w.ctx(w.counselor), w.room("sleep"), settings("sleep")))).toBe("forbidden");
    expect(codeOf(() => updateRoom(w.ctx(w.admin), 999, settings("sleep")))).toBe("not_found");
  });

  it("refuses a capacity below what future bookings already use at one instant (409)", () => {
    const music = w.room("music");
    for (let i = 0; i < 3; i++) reserveRoom(w.ctx(w.teacher), { roomId: music, startAt: local("2026-12-01 10:00"), endAt: local("2026-12-01 11:00") });
    const e = errorOf(() => updateRoom(w.ctx(w.admin), music, { ...settings("music"), capacity: 2 }));
    expect(e.code).toBe("conflict");
    expect(e.userMessage).toContain("12月1日 周二 10:00");
    expect(codeOf(() => updateRoom(w.ctx(w.admin), music, { ...settings("music"), capacity: 3 }))).toBe("ok");
    expect(codeOf(() => updateRoom(w.ctx(w.admin), music, { ...settings("music"), mode: "exclusive", capacity: 3 }))).toBe("conflict");
  });

  it("validates the settings (422 via the schema)", () => {
    expect(updateRoomSchema.safeParse({ ...settings("music"), minMinutes: 120, maxMinutes: 60 }).success).toBe(false);
    expect(updateRoomSchema.safeParse({ ...settings("music"), openingHours: [[600, 500], null, null, null, null, null, null] }).success).toBe(false);
    expect(updateRoomSchema.safeParse({ ...settings("music"), openingHours: [null] }).success).toBe(false);
    expect(updateRoomSchema.safeParse({ ...settings("music"), code: "x" }).success).toBe(false);
  });
});
