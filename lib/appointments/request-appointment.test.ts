import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { appointmentEvents, appointments, auditLog, residents } from "@/db/schema";
import { reserveRoom } from "../rooms/reserve-room";
import { requestAppointment } from "./request-appointment";
import { requestAppointmentSchema } from "./schemas";
import { appointmentsWorld, codeOf, errorOf, local, NOW, tue } from "./test-fixtures";

describe("requestAppointment — a chosen slot", () => {
  it("holds the counsellor's slot and a fitting room in one transaction, audited", async () => {
    const w = await appointmentsWorld();
    const r = requestAppointment(w.ctx(w.r1), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: tue("10:00"), note: "最近睡眠不好" });
    expect(r).toMatchObject({ status: "requested", mode: "slot", counselorId: w.c1.userId, roomId: w.room("studio"), replayed: false });
    expect(r.endAt).toEqual(tue("10:50"));
    // Held until 48 hours from now or the start, whichever comes first.
    expect(r.holdExpiresAt).toEqual(tue("10:00"));
    const res = w.reservationOf(r.id)!;
    expect(res).toMatchObject({ roomId: w.room("studio"), status: "held" });
    expect(res.holdExpiresAt).toEqual(tue("10:00"));
    const row = w.db.select().from(appointments).where(eq(appointments.id, r.id)).get()!;
    expect(row).toMatchObject({ residentId: w.r1.residentId, createdBy: w.r1.userId, need: "最近睡眠不好", version: 1 });
    expect(w.db.select().from(appointmentEvents).where(eq(appointmentEvents.appointmentId, r.id)).all()).toMatchObject([{ fromStatus: null, toStatus: "requested", action: "request" }]);
    const audit = w.db.select().from(auditLog).where(and(eq(auditLog.action, "appointment.request"), eq(auditLog.entityId, String(r.id)))).get()!;
    expect(audit.actorId).toBe(w.r1.userId);
    expect(audit.details).not.toContain("睡眠");
  });

  it("gives 409 when the counsellor is taken (another hold), and another counsellor at that time gets the next room", async () => {
    const w = await appointmentsWorld();
    requestAppointment(w.ctx(w.r1), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: tue("10:00") });
    const e = errorOf(() => requestAppointment(w.ctx(w.r2), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: tue("10:30") }));
    expect(e.code).toBe("conflict");
    expect(e.userMessage).toContain("已有安排");
    // Within the buffer: 10:55 would start five minutes after 10:50.
    expect(codeOf(() => requestAppointment(w.ctx(w.r2), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: tue("10:55") }))).toBe("conflict");
    const other = requestAppointment(w.ctx(w.r2), { serviceId: w.service.individual, counselorId: w.c3.userId, startAt: tue("10:00") });
    expect(other.roomId).toBe(w.room("sandplay"));
    // A third counsellor at the same time: both rooms are held.
    const third = errorOf(() => requestAppointment(w.ctx(w.r3), { serviceId: w.service.individual, counselorId: w.c2.userId, startAt: tue("10:00") }));
    expect(third.code).toBe("conflict");
    expect(third.userMessage).toContain("没有合适的功能室");
  });

  it("refuses what no one could book: past, off the grid, too soon for a resident (422), outside availability (409)", async () => {
    const w = await appointmentsWorld();
    const ask = (startAt: Date, actor = w.r1) => codeOf(() => requestAppointment(w.ctx(actor), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt }));
    expect(ask(local("2026-11-27 10:00"))).toBe("validation");
    expect(ask(tue("10:03"))).toBe("validation");
    expect(ask(local("2026-11-30 10:00"))).toBe("validation");
    expect(errorOf(() => requestAppointment(w.ctx(w.r1), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: local("2026-11-30 10:00") })).fieldErrors?.startAt?.[0]).toContain("2 小时");
    // Staff at the desk may book the same time (a walk-in).
    expect(codeOf(() => requestAppointment(w.ctx(w.admin), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: local("2026-11-30 10:00"), residentId: w.r1.residentId! }))).toBe("ok");
    expect(ask(tue("12:30"))).toBe("conflict");
    expect(ask(tue("11:30"))).toBe("conflict");
    expect(ask(local("2026-12-06 10:00"))).toBe("conflict");
  });

  it("refuses an unknown or inactive service, an unknown counsellor and one without the service's specialty", async () => {
    const w = await appointmentsWorld();
    expect(errorOf(() => requestAppointment(w.ctx(w.r1), { serviceId: 999, counselorId: w.c1.userId, startAt: tue("10:00") })).fieldErrors).toHaveProperty("serviceId");
    expect(errorOf(() => requestAppointment(w.ctx(w.r1), { serviceId: w.service.individual, counselorId: w.teacher.userId, startAt: tue("10:00") })).fieldErrors).toHaveProperty("counselorId");
    const e = errorOf(() => requestAppointment(w.ctx(w.r1), { serviceId: w.service.sandplay, counselorId: w.c1.userId, startAt: tue("10:00") }));
    expect(e.code).toBe("validation");
    expect(e.userMessage).toContain("沙盘治疗");
  });

  it("a resident books only for themselves; staff must name the resident or give a new person", async () => {
    const w = await appointmentsWorld();
    expect(codeOf(() => requestAppointment(w.ctx(w.r1), { serviceId: w.service.individual, note: "想聊聊家庭关系", residentId: w.r2.residentId! }))).toBe("forbidden");
    expect(codeOf(() => requestAppointment(w.ctx(w.admin), { serviceId: w.service.individual, note: "想聊聊家庭关系" }))).toBe("validation");
    expect(codeOf(() => requestAppointment(w.ctx(w.teacher), { serviceId: w.service.individual, note: "想聊聊家庭关系", residentId: w.r1.residentId! }))).toBe("forbidden");
    expect(codeOf(() => requestAppointment(w.ctx(w.admin), { serviceId: w.service.individual, note: "想聊聊家庭关系", residentId: 9999 }))).toBe("validation");
    const walkIn = requestAppointment(w.ctx(w.c1), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: tue("14:00"), person: { name: "周小梅", gender: "female", phone: "13800001111" } });
    const row = w.db.select({ residentId: appointments.residentId }).from(appointments).where(eq(appointments.id, walkIn.id)).get()!;
    expect(w.db.select({ name: residents.name, createdBy: residents.createdBy }).from(residents).where(eq(residents.id, row.residentId)).get()).toEqual({ name: "周小梅", createdBy: w.c1.userId });
  });

  it("订单式: needs and preferred times without a slot wait for triage, holding nothing", async () => {
    const w = await appointmentsWorld();
    const body = requestAppointmentSchema.safeParse({ serviceId: w.service.individual });
    expect(body.success).toBe(false);
    expect(requestAppointmentSchema.safeParse({ serviceId: w.service.individual, counselorId: w.c1.userId }).success).toBe(false);
    const input = requestAppointmentSchema.parse({ serviceId: w.service.individual, note: "孩子厌学，想做家庭咨询", preferredTimes: ["工作日下午", "周六上午"], urgency: "soon" });
    const r = requestAppointment(w.ctx(w.r1), input);
    expect(r).toMatchObject({ status: "requested", mode: "order", counselorId: null, startAt: null, roomId: null });
    expect(w.reservationOf(r.id)).toBeUndefined();
    expect(w.db.select({ p: appointments.preferredTimes, u: appointments.urgency }).from(appointments).where(eq(appointments.id, r.id)).get()).toEqual({ p: ["工作日下午", "周六上午"], u: "soon" });
    expect(requestAppointmentSchema.parse({ serviceId: 1, note: "想做个体咨询", preferredTimes: "周三下午" }).preferredTimes).toEqual(["周三下午"]);
  });

  it("a time without an offset is refused by the schema", () => {
    expect(requestAppointmentSchema.safeParse({ serviceId: 1, counselorId: 2, startAt: "2026-12-01T10:00:00" }).success).toBe(false);
    expect(requestAppointmentSchema.safeParse({ serviceId: 1, counselorId: 2, startAt: "2026-12-01T10:00:00+08:00" }).success).toBe(true);
    expect(requestAppointmentSchema.safeParse({ serviceId: 1, note: "想做个体咨询", status: "confirmed" }).success).toBe(false);
  });

  it("a repeated submit with the same request key returns the first appointment; another body with that key is 409", async () => {
    const w = await appointmentsWorld();
    const input = { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: tue("10:00"), requestKey: "abcdefgh12345" };
    const a = requestAppointment(w.ctx(w.r1), input);
    const b = requestAppointment(w.ctx(w.r1), input);
    expect(b).toMatchObject({ id: a.id, replayed: true });
    expect(w.db.select().from(appointments).all()).toHaveLength(1);
    expect(codeOf(() => requestAppointment(w.ctx(w.r1), { ...input, startAt: tue("14:00") }))).toBe("conflict");
  });

  it("a resident may have at most three open appointments", async () => {
    const w = await appointmentsWorld();
    for (const note of ["第一次需求描述", "第二次需求描述", "第三次需求描述"]) requestAppointment(w.ctx(w.r1), { serviceId: w.service.individual, note });
    expect(codeOf(() => requestAppointment(w.ctx(w.r1), { serviceId: w.service.individual, note: "第四次需求描述" }))).toBe("conflict");
  });

  it("a lapsed hold no longer blocks: the slot can be requested again", async () => {
    const w = await appointmentsWorld();
    const start = local("2026-12-04 10:00");
    const first = requestAppointment(w.ctx(w.r1), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: start });
    expect(first.holdExpiresAt).toEqual(new Date(NOW.getTime() + 48 * 3_600_000));
    const later = new Date(NOW.getTime() + 49 * 3_600_000);
    const second = requestAppointment(w.ctx(w.r2, later), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: start });
    expect(second.roomId).toBe(w.room("studio"));
  });

  it("a room booked outside appointments counts too", async () => {
    const w = await appointmentsWorld();
    reserveRoom(w.ctx(w.admin), { roomId: w.room("music"), startAt: tue("10:00"), endAt: tue("11:00"), places: 4 });
    const e = errorOf(() => requestAppointment(w.ctx(w.r1), { serviceId: w.service.music, counselorId: w.c1.userId, startAt: tue("10:00") }));
    expect(e.code).toBe("conflict");
    expect(e.userMessage).toContain("音乐放松室");
  });
});
