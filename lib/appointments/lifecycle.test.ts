import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { appointmentEvents, appointments, reservations } from "@/db/schema";
import { cancelAppointment } from "./cancel-appointment";
import { checkInAppointment } from "./check-in-appointment";
import { completeAppointment } from "./complete-appointment";
import { confirmAppointment } from "./confirm-appointment";
import { markNoShow } from "./mark-no-show";
import { requestAppointment } from "./request-appointment";
import { rescheduleAppointment } from "./reschedule-appointment";
import { cancelAppointmentSchema } from "./schemas";
import { appointmentsWorld, codeOf, errorOf, tue, type AppointmentsWorld } from "./test-fixtures";

function confirmedAt(w: AppointmentsWorld, hhmm: string, resident = w.r1) {
  const r = requestAppointment(w.ctx(resident), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: tue(hhmm) });
  confirmAppointment(w.ctx(w.c1), r.id, {});
  return r.id;
}

const status = (w: AppointmentsWorld, id: number) => w.db.select({ s: appointments.status }).from(appointments).where(eq(appointments.id, id)).get()?.s;

describe("cancelAppointment", () => {
  it("the resident cancels their own with a reason: slot and room are free again at once", async () => {
    const w = await appointmentsWorld();
    const id = confirmedAt(w, "10:00");
    expect(cancelAppointmentSchema.safeParse({}).success).toBe(false);
    expect(codeOf(() => cancelAppointment(w.ctx(w.r2), id, { reason: "不是我的" }))).toBe("not_found");
    expect(codeOf(() => cancelAppointment(w.ctx(w.c3), id, { reason: "同事取消" }))).toBe("not_found");
    cancelAppointment(w.ctx(w.r1), id, { reason: "临时出差" });
    expect(status(w, id)).toBe("cancelled");
    expect(w.reservationOf(id)?.status).toBe("cancelled");
    expect(w.db.select({ by: appointments.cancelledBy, why: appointments.cancelReason }).from(appointments).where(eq(appointments.id, id)).get()).toEqual({ by: w.r1.userId, why: "临时出差" });
    // The same slot can be booked again, with the same room.
    const again = requestAppointment(w.ctx(w.r2), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: tue("10:00") });
    expect(again.roomId).toBe(w.room("studio"));
    expect(codeOf(() => cancelAppointment(w.ctx(w.r1), id, { reason: "再取消一次" }))).toBe("conflict");
  });

  it("the counsellor or an admin may cancel; nobody once the session has started", async () => {
    const w = await appointmentsWorld();
    const a = confirmedAt(w, "10:00");
    const b = confirmedAt(w, "14:00", w.r2);
    cancelAppointment(w.ctx(w.c1), a, { reason: "咨询师生病" });
    expect(codeOf(() => cancelAppointment(w.ctx(w.admin, tue("14:10")), b, { reason: "太晚了" }))).toBe("conflict");
    cancelAppointment(w.ctx(w.admin), b, { reason: "中心停电" });
    expect([status(w, a), status(w, b)]).toEqual(["cancelled", "cancelled"]);
  });

  it("cancelling an order that holds nothing just closes it", async () => {
    const w = await appointmentsWorld();
    const r = requestAppointment(w.ctx(w.r1), { serviceId: w.service.individual, note: "想做个体咨询" });
    cancelAppointment(w.ctx(w.r1), r.id, { reason: "已经好多了" });
    expect(status(w, r.id)).toBe("cancelled");
  });
});

describe("rescheduleAppointment", () => {
  it("moves the session and its room; the old time is free, a busy time is 409", async () => {
    const w = await appointmentsWorld();
    const id = confirmedAt(w, "10:00");
    const other = confirmedAt(w, "14:00", w.r2);
    expect(codeOf(() => rescheduleAppointment(w.ctx(w.r1), id, { startAt: tue("15:00") }))).toBe("forbidden");
    expect(codeOf(() => rescheduleAppointment(w.ctx(w.c1), id, { startAt: tue("14:30") }))).toBe("conflict");
    const moved = rescheduleAppointment(w.ctx(w.c1), id, { startAt: tue("15:30") });
    expect(moved.endAt).toEqual(tue("16:20"));
    const res = w.db.select({ startAt: reservations.startAt, status: reservations.status }).from(reservations).where(eq(reservations.sourceId, id)).all();
    expect(res).toEqual([{ startAt: tue("15:30"), status: "confirmed" }]);
    expect(requestAppointment(w.ctx(w.r3), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: tue("10:00") }).status).toBe("requested");
    expect(w.db.select({ a: appointmentEvents.action }).from(appointmentEvents).where(eq(appointmentEvents.appointmentId, id)).all().map((e) => e.a)).toEqual(["request", "confirm", "reschedule"]);
    expect(status(w, other)).toBe("confirmed");
  });
});

describe("check-in, no-show and complete", () => {
  it("check-in opens an hour before the start and closes at the end", async () => {
    const w = await appointmentsWorld();
    const id = confirmedAt(w, "10:00");
    const early = errorOf(() => checkInAppointment(w.ctx(w.c1, tue("08:30")), id, {}));
    expect(early.code).toBe("conflict");
    expect(codeOf(() => checkInAppointment(w.ctx(w.r1, tue("09:30")), id, {}))).toBe("forbidden");
    expect(codeOf(() => checkInAppointment(w.ctx(w.c1, tue("10:50")), id, {}))).toBe("conflict");
    expect(checkInAppointment(w.ctx(w.admin, tue("09:30")), id, {}).status).toBe("checked_in");
    expect(codeOf(() => checkInAppointment(w.ctx(w.c1, tue("09:40")), id, {}))).toBe("conflict");
  });

  it("no-show only after the start; illegal from a completed session", async () => {
    const w = await appointmentsWorld();
    const id = confirmedAt(w, "10:00");
    expect(codeOf(() => markNoShow(w.ctx(w.c1, tue("09:59")), id, {}))).toBe("conflict");
    expect(markNoShow(w.ctx(w.c1, tue("10:15")), id, {}).status).toBe("no_show");
    expect(codeOf(() => markNoShow(w.ctx(w.c1, tue("10:20")), id, {}))).toBe("conflict");
    expect(codeOf(() => completeAppointment(w.ctx(w.c1, tue("10:20")), id, {}))).toBe("conflict");
  });

  it("only the appointment's counsellor completes it, once started, from confirmed or checked in", async () => {
    const w = await appointmentsWorld();
    const a = confirmedAt(w, "10:00");
    const b = confirmedAt(w, "14:00", w.r2);
    expect(codeOf(() => completeAppointment(w.ctx(w.c1, tue("09:50")), a, {}))).toBe("conflict");
    expect(codeOf(() => completeAppointment(w.ctx(w.admin, tue("10:55")), a, {}))).toBe("forbidden");
    expect(codeOf(() => completeAppointment(w.ctx(w.c3, tue("10:55")), a, {}))).toBe("not_found");
    expect(completeAppointment(w.ctx(w.c1, tue("10:55")), a, {})).toMatchObject({ status: "completed", recordId: null });
    checkInAppointment(w.ctx(w.c1, tue("13:55")), b, {});
    expect(completeAppointment(w.ctx(w.c1, tue("14:55")), b, {}).status).toBe("completed");
    expect(codeOf(() => completeAppointment(w.ctx(w.c1, tue("15:00")), b, {}))).toBe("conflict");
    expect(codeOf(() => cancelAppointment(w.ctx(w.c1, tue("15:00")), b, { reason: "已经完成" }))).toBe("conflict");
  });

  it("requested appointments cannot be checked in, marked no-show or completed", async () => {
    const w = await appointmentsWorld();
    const r = requestAppointment(w.ctx(w.r1), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: tue("10:00") });
    expect(codeOf(() => checkInAppointment(w.ctx(w.c1, tue("09:30")), r.id, {}))).toBe("conflict");
    expect(codeOf(() => markNoShow(w.ctx(w.c1, tue("10:30")), r.id, {}))).toBe("conflict");
    expect(codeOf(() => completeAppointment(w.ctx(w.c1, tue("10:30")), r.id, {}))).toBe("conflict");
    expect(codeOf(() => rescheduleAppointment(w.ctx(w.c1), r.id, { startAt: tue("14:00") }))).toBe("conflict");
  });
});
