import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { hotlineAlerts, notificationOutbox, notifications } from "@/db/schema";
import { cancelSignup } from "../activities/cancel-signup";
import { signUp } from "../activities/sign-up";
import { activitiesWorld } from "../activities/test-fixtures";
import { cancelAppointment } from "../appointments/cancel-appointment";
import { confirmAppointment } from "../appointments/confirm-appointment";
import { declineAppointment } from "../appointments/decline-appointment";
import { requestAppointment } from "../appointments/request-appointment";
import { rescheduleAppointment } from "../appointments/reschedule-appointment";
import { appointmentsWorld, local, NOW, tue } from "../appointments/test-fixtures";
import { submitAssessment } from "../assessments/submit-assessment";
import { createCall } from "../hotline/create-call";
import { createCallSchema } from "../hotline/schemas";
import { makeUser } from "../testing/fixtures";

type Db = import("@/db/client").Db;
const ofUser = (db: Db, userId: number) => db.select({ type: notifications.type, title: notifications.title, urgent: notifications.urgent, link: notifications.link }).from(notifications).where(eq(notifications.userId, userId)).all();

describe("the areas notify the people concerned", () => {
  it("appointments: an order tells the admins; a move and a cancellation tell the other side; a decline tells the resident", async () => {
    const w = await appointmentsWorld();
    const order = requestAppointment(w.ctx(w.r1), { serviceId: w.service.individual, note: "想聊聊" });
    expect(ofUser(w.db, w.admin.userId).map((n) => n.type)).toEqual(["appointment_requested"]);
    declineAppointment(w.ctx(w.admin), order.id, { reason: "本周名额已满，请下周再约" });
    expect(ofUser(w.db, w.r1.userId)).toEqual([{ type: "appointment_declined", title: "您的预约申请未能安排：个体心理咨询", urgent: false, link: "/me/appointments" }]);

    const r = requestAppointment(w.ctx(w.r2), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: tue("10:00") });
    confirmAppointment(w.ctx(w.admin), r.id, {});
    // Confirmed by an admin: the counsellor hears of it too.
    expect(ofUser(w.db, w.c1.userId).map((n) => n.type)).toEqual(["appointment_requested", "appointment_confirmed"]);
    rescheduleAppointment(w.ctx(w.c1), r.id, { startAt: tue("15:00") });
    expect(ofUser(w.db, w.r2.userId).at(-1)).toMatchObject({ type: "appointment_changed", title: "您的预约时间已调整：12月1日 周二 15:00，心理服务工作室" });
    cancelAppointment(w.ctx(w.r2), r.id, { reason: "临时有事" });
    expect(ofUser(w.db, w.c1.userId).at(-1)).toMatchObject({ type: "appointment_cancelled", title: "预约已取消：个体心理咨询（12月1日 周二 15:00）", link: `/appointments/${r.id}` });
    // The resident who cancelled is not told about it.
    expect(ofUser(w.db, w.r2.userId).map((n) => n.type)).toEqual(["appointment_confirmed", "appointment_changed"]);
  });

  it("activities: the resident promoted from the waitlist is told in-app", async () => {
    const w = await activitiesWorld(1);
    const id = w.activity({ capacity: 1 });
    signUp(w.ctx(w.resident), id);
    signUp(w.ctx(w.resident2), id);
    cancelSignup(w.ctx(w.resident), id);
    expect(ofUser(w.db, w.resident2.userId)).toEqual([{ type: "waitlist_promoted", title: "好消息：您已从候补转为正式报名「正念减压小组」（12月2日 周三 14:00–15:30）。", urgent: false, link: "/me/activities" }]);
  });

  it("hotline: an imminent-risk call keeps its alert and adds an urgent notification, sent at once even at night", async () => {
    const w = await appointmentsWorld();
    const op = await makeUser(w.db, "op", ["hotline"]);
    const night = local("2026-11-30 23:30");
    const input = createCallSchema.parse({
      startedAt: "2026-11-30T23:00:00+08:00",
      callerKind: "self",
      categories: ["crisis"],
      summary: "来电者表达强烈轻生念头",
      riskLevel: "imminent",
      actions: ["emergency_110"],
      followUpAt: "2026-12-01T08:00:00+08:00",
    });
    const { call } = createCall({ db: w.db, actor: op, now: night, ip: null }, input);
    const mine = ofUser(w.db, w.admin.userId);
    expect(mine).toEqual([{ type: "imminent_call", title: "紧急：有一通热线来电评估为极高风险，请立即查看", urgent: true, link: `/hotline/calls/${call.id}` }]);
    expect(JSON.stringify(mine)).not.toContain("轻生");
    const out = w.db.select().from(notificationOutbox).where(eq(notificationOutbox.userId, w.admin.userId)).all();
    expect(out.map((o) => o.nextAttemptAt)).toEqual([night]);
    expect(ofUser(w.db, op.userId)).toEqual([]);
    // The hotline's own alert is still raised.
    expect(w.db.select({ recipientId: hotlineAlerts.recipientId }).from(hotlineAlerts).all()).toEqual([{ recipientId: w.admin.userId }]);
  });

  it("self-assessment: an alert reaches the counsellors and admins, urgent for PHQ-9 item 9; a calm result, nobody", async () => {
    const w = await appointmentsWorld();
    submitAssessment({ db: w.db, now: NOW, actor: w.r1 }, { scale: "GAD-7", answers: [0, 0, 0, 0, 0, 0, 0] });
    expect(w.db.select().from(notifications).all()).toEqual([]);
    submitAssessment({ db: w.db, now: NOW, actor: w.r1 }, { scale: "PHQ-9", answers: [0, 0, 0, 0, 0, 0, 0, 0, 1] });
    const told = w.db.select({ userId: notifications.userId, urgent: notifications.urgent, type: notifications.type }).from(notifications).all();
    expect(told.map((n) => n.userId).sort((a, b) => a - b)).toEqual([w.admin.userId, w.c1.userId, w.c2.userId, w.c3.userId].sort((a, b) => a - b));
    expect(told.every((n) => n.urgent && n.type === "assessment_alert")).toBe(true);
  });
});
