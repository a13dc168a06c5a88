import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { appointmentAlerts, auditLog } from "@/db/schema";
import { completeAppointment } from "./complete-appointment";
import { confirmAppointment } from "./confirm-appointment";
import { handleAlert } from "./handle-alert";
import { counselorSchedule, getAppointment, listAppointments, myOpenAlerts, todaysSessions, triageQueue } from "./queries";
import { readSessionRecord } from "./read-session-record";
import { requestAppointment } from "./request-appointment";
import { saveSessionRecord } from "./save-session-record";
import { appointmentsWorld, codeOf, errorOf, local, tue, type AppointmentsWorld } from "./test-fixtures";

const SECRET = "来访者自述长期失眠并有自伤念头-SECRET-TEXT";
const record = (riskLevel: "low" | "high" = "low") => ({ presentingIssue: SECRET, assessment: "中度焦虑", intervention: "认知行为疗法", plan: "每周一次，共六次", nextStep: "下周二复诊", riskLevel });

async function completed(w: AppointmentsWorld, riskLevel: "low" | "high" = "low") {
  const r = requestAppointment(w.ctx(w.r1), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: tue("10:00") });
  confirmAppointment(w.ctx(w.c1), r.id, {});
  completeAppointment(w.ctx(w.c1, tue("10:55")), r.id, { record: record(riskLevel) });
  return r.id;
}

describe("session records (咨询记录)", () => {
  it("the author reads and edits their record; every read is audited without the text", async () => {
    const w = await appointmentsWorld();
    const id = await completed(w);
    const rec = readSessionRecord(w.ctx(w.c1), id);
    expect(rec).toMatchObject({ presentingIssue: SECRET, riskLevel: "low", author: { id: w.c1.userId, name: "李静怡" } });
    saveSessionRecord(w.ctx(w.c1), id, { ...record(), plan: "改为两周一次" });
    expect(readSessionRecord(w.ctx(w.c1), id).plan).toBe("改为两周一次");
    const audits = w.db.select().from(auditLog).all();
    expect(audits.filter((a) => a.action === "appointment.session_record_read" && a.actorId === w.c1.userId)).toHaveLength(2);
    expect(JSON.stringify(audits)).not.toContain("SECRET");
  });

  it("nobody else reads it: another counsellor and the resident get 404; an admin must state a reason, which is audited", async () => {
    const w = await appointmentsWorld();
    const id = await completed(w);
    expect(codeOf(() => readSessionRecord(w.ctx(w.c3), id))).toBe("not_found");
    expect(codeOf(() => readSessionRecord(w.ctx(w.r1), id))).toBe("not_found");
    expect(codeOf(() => readSessionRecord(w.ctx(w.teacher), id))).toBe("forbidden");
    const noReason = errorOf(() => readSessionRecord(w.ctx(w.admin), id));
    expect(noReason.code).toBe("validation");
    expect(codeOf(() => readSessionRecord(w.ctx(w.admin), id, { reason: "看" }))).toBe("validation");
    const rec = readSessionRecord(w.ctx(w.admin), id, { reason: "居民投诉，核实咨询过程" });
    expect(rec.presentingIssue).toBe(SECRET);
    const row = w.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "appointment.session_record_read"), eq(auditLog.actorId, w.admin.userId)))
      .get()!;
    expect(row).toMatchObject({ reason: "居民投诉，核实咨询过程", outcome: "success", entityId: String(id) });
    // The resident's own appointment view says a record exists, never what it says.
    expect(getAppointment(w.ctx(w.r1), id).hasSessionRecord).toBe(true);
  });

  it("only the appointment's counsellor writes it, and only once completed", async () => {
    const w = await appointmentsWorld();
    const r = requestAppointment(w.ctx(w.r1), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: tue("10:00") });
    confirmAppointment(w.ctx(w.c1), r.id, {});
    expect(codeOf(() => saveSessionRecord(w.ctx(w.c1, tue("10:55")), r.id, record()))).toBe("conflict");
    completeAppointment(w.ctx(w.c1, tue("10:55")), r.id, {});
    expect(codeOf(() => saveSessionRecord(w.ctx(w.admin), r.id, record()))).toBe("forbidden");
    expect(codeOf(() => saveSessionRecord(w.ctx(w.c3), r.id, record()))).toBe("not_found");
    expect(saveSessionRecord(w.ctx(w.c1), r.id, record()).created).toBe(true);
  });

  it("never appears in appointment lists, details or calendars", async () => {
    const w = await appointmentsWorld();
    const id = await completed(w);
    for (const actor of [w.c1, w.admin, w.r1]) {
      expect(JSON.stringify(getAppointment(w.ctx(actor), id))).not.toContain("SECRET");
      expect(JSON.stringify(listAppointments(w.ctx(actor), { limit: 50 }))).not.toContain("SECRET");
    }
    expect(JSON.stringify(counselorSchedule(w.ctx(w.c1), w.c1.userId, { start: local("2026-11-30 00:00"), end: local("2026-12-07 00:00") }))).not.toContain("SECRET");
  });

  it("a high risk level raises an alert for each admin, who marks it followed up", async () => {
    const w = await appointmentsWorld();
    const id = await completed(w, "high");
    const alerts = myOpenAlerts(w.ctx(w.admin));
    expect(alerts).toMatchObject([{ appointmentId: id, riskLevel: "high", raisedBy: "李静怡", residentName: "张秀英" }]);
    expect(myOpenAlerts(w.ctx(w.c1))).toEqual([]);
    expect(codeOf(() => handleAlert(w.ctx(w.c1), alerts[0].id))).toBe("not_found");
    handleAlert(w.ctx(w.admin), alerts[0].id);
    expect(myOpenAlerts(w.ctx(w.admin))).toEqual([]);
    expect(w.db.select({ by: appointmentAlerts.handledBy }).from(appointmentAlerts).get()?.by).toBe(w.admin.userId);
  });
});

describe("who sees which appointment", () => {
  it("resident: own only (404 for others); counsellor: own and unassigned requests; admin: all", async () => {
    const w = await appointmentsWorld();
    const mine = requestAppointment(w.ctx(w.r1), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: tue("10:00") });
    const theirs = requestAppointment(w.ctx(w.r2), { serviceId: w.service.individual, counselorId: w.c3.userId, startAt: tue("10:00") });
    const order = requestAppointment(w.ctx(w.r2), { serviceId: w.service.individual, note: "想做家庭咨询", urgency: "urgent" });
    expect(getAppointment(w.ctx(w.r1), mine.id).id).toBe(mine.id);
    expect(codeOf(() => getAppointment(w.ctx(w.r1), theirs.id))).toBe("not_found");
    expect(listAppointments(w.ctx(w.r1), { limit: 50 }).items.map((a) => a.id)).toEqual([mine.id]);
    // Filters cannot widen a resident's view.
    expect(listAppointments(w.ctx(w.r1), { limit: 50, residentId: w.r2.residentId! }).items).toEqual([]);
    expect(codeOf(() => getAppointment(w.ctx(w.c1), theirs.id))).toBe("not_found");
    expect(getAppointment(w.ctx(w.c1), order.id).need).toBe("想做家庭咨询");
    expect(listAppointments(w.ctx(w.c1), { limit: 50 }).items.map((a) => a.id)).toEqual([mine.id]);
    expect(listAppointments(w.ctx(w.admin), { limit: 50 }).items).toHaveLength(3);
    expect(codeOf(() => listAppointments(w.ctx(w.teacher), { limit: 50 }))).toBe("forbidden");
    // Triage: urgent first, then oldest.
    expect(triageQueue(w.ctx(w.admin)).map((a) => a.id)).toEqual([order.id, mine.id, theirs.id]);
    expect(triageQueue(w.ctx(w.c1)).map((a) => a.id)).toEqual([order.id, mine.id]);
    expect(codeOf(() => triageQueue(w.ctx(w.r1)))).toBe("forbidden");
  });

  it("lists page with a cursor, newest session first", async () => {
    const w = await appointmentsWorld();
    const ids = ["09:00", "11:00", "14:00", "16:00"].map((h) => requestAppointment(w.ctx(w.admin), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: tue(h), residentId: w.r1.residentId! }).id);
    const p1 = listAppointments(w.ctx(w.admin), { limit: 3 });
    expect(p1.items.map((a) => a.id)).toEqual([ids[3], ids[2], ids[1]]);
    const p2 = listAppointments(w.ctx(w.admin), { limit: 3, cursor: p1.nextCursor! });
    expect(p2).toMatchObject({ items: [{ id: ids[0] }], nextCursor: null });
  });

  it("a counsellor's calendar and today's sessions are their own", async () => {
    const w = await appointmentsWorld();
    const r = requestAppointment(w.ctx(w.admin), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: local("2026-11-30 14:00"), residentId: w.r1.residentId! });
    confirmAppointment(w.ctx(w.c1), r.id, {});
    expect(todaysSessions(w.ctx(w.c1)).map((a) => a.id)).toEqual([r.id]);
    expect(todaysSessions(w.ctx(w.c3))).toEqual([]);
    expect(codeOf(() => counselorSchedule(w.ctx(w.c3), w.c1.userId, { start: local("2026-11-30 00:00"), end: local("2026-12-07 00:00") }))).toBe("forbidden");
    expect(counselorSchedule(w.ctx(w.admin), w.c1.userId, { start: local("2026-11-30 00:00"), end: local("2026-12-07 00:00") }).map((a) => a.id)).toEqual([r.id]);
  });
});
