import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { appointments, reservations, services } from "@/db/schema";
import { reserveRoom } from "../rooms/reserve-room";
import { confirmAppointment } from "./confirm-appointment";
import { declineAppointment } from "./decline-appointment";
import { triageQueue } from "./queries";
import { requestAppointment } from "./request-appointment";
import { appointmentsWorld, codeOf, errorOf, local, NOW, tue } from "./test-fixtures";

describe("confirmAppointment", () => {
  it("the counsellor confirms their held request: the held room becomes confirmed", async () => {
    const w = await appointmentsWorld();
    const r = requestAppointment(w.ctx(w.r1), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: tue("10:00") });
    const c = confirmAppointment(w.ctx(w.c1), r.id, { version: 1 });
    expect(c).toMatchObject({ status: "confirmed", roomId: w.room("studio"), counselorId: w.c1.userId, version: 2 });
    expect(w.reservationOf(r.id)).toMatchObject({ status: "confirmed", holdExpiresAt: null, roomId: w.room("studio") });
    expect(w.db.select({ n: reservations.id }).from(reservations).all()).toHaveLength(1);
    expect(codeOf(() => confirmAppointment(w.ctx(w.c1), r.id, {}))).toBe("conflict");
  });

  it("refuses the wrong people: another counsellor (404), the resident (403), a teacher (403)", async () => {
    const w = await appointmentsWorld();
    const r = requestAppointment(w.ctx(w.r1), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: tue("10:00") });
    expect(codeOf(() => confirmAppointment(w.ctx(w.c3), r.id, {}))).toBe("not_found");
    expect(codeOf(() => confirmAppointment(w.ctx(w.r1), r.id, {}))).toBe("forbidden");
    expect(codeOf(() => confirmAppointment(w.ctx(w.r2), r.id, {}))).toBe("not_found");
    expect(codeOf(() => confirmAppointment(w.ctx(w.teacher), r.id, {}))).toBe("forbidden");
    expect(w.reservationOf(r.id)?.status).toBe("held");
  });

  it("an admin matches an order (订单式) to a counsellor, a time and a room", async () => {
    const w = await appointmentsWorld();
    const r = requestAppointment(w.ctx(w.r1), { serviceId: w.service.individual, note: "想做个体咨询，最近压力大", preferredTimes: ["周二下午"] });
    expect(codeOf(() => confirmAppointment(w.ctx(w.admin), r.id, {}))).toBe("validation");
    expect(codeOf(() => confirmAppointment(w.ctx(w.admin), r.id, { counselorId: w.c1.userId }))).toBe("validation");
    expect(codeOf(() => confirmAppointment(w.ctx(w.admin), r.id, { counselorId: w.c1.userId, startAt: tue("14:00"), roomId: w.room("music") }))).toBe("validation");
    const c = confirmAppointment(w.ctx(w.admin), r.id, { counselorId: w.c1.userId, startAt: tue("14:00"), roomId: w.room("sandplay") });
    expect(c).toMatchObject({ status: "confirmed", counselorId: w.c1.userId, roomId: w.room("sandplay") });
    expect(c.endAt).toEqual(tue("14:50"));
    const row = w.db.select().from(reservations).where(eq(reservations.id, c.reservationId)).get()!;
    expect(row).toMatchObject({ status: "confirmed", purpose: "appointment", sourceType: "appointment", sourceId: r.id, residentId: w.r1.residentId });
  });

  it("a counsellor takes an unassigned request for themselves, never for a colleague", async () => {
    const w = await appointmentsWorld();
    const r = requestAppointment(w.ctx(w.r1), { serviceId: w.service.individual, note: "想找人聊聊工作压力" });
    expect(triageQueue(w.ctx(w.c3)).map((a) => a.id)).toEqual([r.id]);
    expect(codeOf(() => confirmAppointment(w.ctx(w.c3), r.id, { counselorId: w.c1.userId, startAt: tue("14:00") }))).toBe("forbidden");
    expect(confirmAppointment(w.ctx(w.c3), r.id, { counselorId: w.c3.userId, startAt: tue("14:00") }).status).toBe("confirmed");
    // Once it is c3's, c1 no longer sees it.
    expect(triageQueue(w.ctx(w.c1))).toEqual([]);
  });

  it("two requests that overlap can never both be confirmed", async () => {
    const w = await appointmentsWorld();
    const start = local("2026-12-04 10:00");
    // The first hold lapses unconfirmed; a second resident then holds the same slot.
    const first = requestAppointment(w.ctx(w.r1), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: start });
    const later = new Date(NOW.getTime() + 49 * 3_600_000);
    const second = requestAppointment(w.ctx(w.r2, later), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: start });
    expect(confirmAppointment(w.ctx(w.c1, later), second.id, {}).status).toBe("confirmed");
    const e = errorOf(() => confirmAppointment(w.ctx(w.c1, later), first.id, {}));
    expect(e.code).toBe("conflict");
    expect(w.db.select({ s: appointments.status }).from(appointments).where(eq(appointments.id, first.id)).get()?.s).toBe("requested");

    // Two orders matched to one counsellor and time: the second is refused.
    const a = requestAppointment(w.ctx(w.r3), { serviceId: w.service.individual, note: "订单式需求一" });
    const b = requestAppointment(w.ctx(w.r3), { serviceId: w.service.individual, note: "订单式需求二" });
    confirmAppointment(w.ctx(w.admin), a.id, { counselorId: w.c3.userId, startAt: tue("15:00") });
    expect(codeOf(() => confirmAppointment(w.ctx(w.admin), b.id, { counselorId: w.c3.userId, startAt: tue("15:30") }))).toBe("conflict");
  });

  it("a lapsed hold whose room was taken is confirmed in another of the service's rooms", async () => {
    const w = await appointmentsWorld();
    const start = local("2026-12-04 10:00");
    const r = requestAppointment(w.ctx(w.r1), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: start });
    const later = new Date(NOW.getTime() + 49 * 3_600_000);
    reserveRoom(w.ctx(w.admin, later), { roomId: w.room("studio"), startAt: start, endAt: local("2026-12-04 11:00") });
    const c = confirmAppointment(w.ctx(w.c1, later), r.id, {});
    expect(c.roomId).toBe(w.room("sandplay"));
    // The old hold is released; only the new room is held for the session.
    const rows = w.db.select({ roomId: reservations.roomId, status: reservations.status }).from(reservations).where(eq(reservations.sourceId, r.id)).all();
    expect(rows).toEqual(expect.arrayContaining([{ roomId: w.room("studio"), status: "cancelled" }, { roomId: w.room("sandplay"), status: "confirmed" }]));
  });

  it("a stale version is 409", async () => {
    const w = await appointmentsWorld();
    const r = requestAppointment(w.ctx(w.r1), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: tue("10:00") });
    expect(codeOf(() => confirmAppointment(w.ctx(w.c1), r.id, { version: 7 }))).toBe("conflict");
  });

  it("an inactive service is refused for new requests", async () => {
    const w = await appointmentsWorld();
    w.db.update(services).set({ active: false }).where(eq(services.id, w.service.music)).run();
    expect(codeOf(() => requestAppointment(w.ctx(w.r1), { serviceId: w.service.music, note: "想试试音乐放松" }))).toBe("validation");
  });
});

describe("declineAppointment", () => {
  it("frees the held slot and room, with the reason on the record", async () => {
    const w = await appointmentsWorld();
    const r = requestAppointment(w.ctx(w.r1), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: tue("10:00") });
    expect(codeOf(() => declineAppointment(w.ctx(w.r1), r.id, { reason: "不想去了" }))).toBe("forbidden");
    declineAppointment(w.ctx(w.c1), r.id, { reason: "该时段需外出督导，请改约其他时间" });
    expect(w.reservationOf(r.id)?.status).toBe("cancelled");
    expect(w.db.select({ s: appointments.status, why: appointments.declineReason }).from(appointments).where(eq(appointments.id, r.id)).get()).toEqual({ s: "declined", why: "该时段需外出督导，请改约其他时间" });
    expect(requestAppointment(w.ctx(w.r2), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: tue("10:00") }).roomId).toBe(w.room("studio"));
    expect(codeOf(() => declineAppointment(w.ctx(w.c1), r.id, { reason: "再次拒绝" }))).toBe("conflict");
  });
});
