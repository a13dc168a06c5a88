import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { notificationOutbox, notificationPreferences, notifications, users } from "@/db/schema";
import { confirmAppointment } from "../appointments/confirm-appointment";
import { requestAppointment } from "../appointments/request-appointment";
import { appointmentsWorld, codeOf, local, tue } from "../appointments/test-fixtures";
import { markAllNotificationsRead, markNotificationRead } from "./mark-read";
import { notify } from "./notify";
import { listNotifications, unreadCount } from "./queries";
import { updatePreferences } from "./update-preferences";

const ofUser = (w: { db: import("@/db/client").Db }, userId: number) => w.db.select().from(notifications).where(eq(notifications.userId, userId)).all();
const outboxOf = (w: { db: import("@/db/client").Db }, notificationId: number) => w.db.select().from(notificationOutbox).where(eq(notificationOutbox.notificationId, notificationId)).all();

describe("notify and the appointment use cases", () => {
  it("confirming an appointment notifies the resident in-app and queues exactly one outbox message", async () => {
    const w = await appointmentsWorld();
    const r = requestAppointment(w.ctx(w.r1), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: tue("10:00") });
    // The request told the counsellor, not the resident who made it.
    expect(ofUser(w, w.c1.userId).map((n) => n.type)).toEqual(["appointment_requested"]);
    expect(ofUser(w, w.r1.userId)).toEqual([]);

    confirmAppointment(w.ctx(w.c1), r.id, {});
    const mine = ofUser(w, w.r1.userId);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ type: "appointment_confirmed", link: "/me/appointments", readAt: null });
    expect(mine[0].title).toContain("12月1日 周二 10:00");
    expect(mine[0].title).toContain("心理服务工作室");
    const out = outboxOf(w, mine[0].id);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ channel: "log", status: "pending", attempts: 0 });
    // The counsellor who confirmed is not told about their own act.
    expect(ofUser(w, w.c1.userId)).toHaveLength(1);
  });

  it("a change that fails rolls its notifications back with it", async () => {
    const w = await appointmentsWorld();
    expect(() =>
      w.db.transaction(() => {
        notify(w.db, { userId: w.r1.userId, type: "appointment_confirmed", title: "x", at: local("2026-11-30 10:00") });
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(w.db.select().from(notifications).all()).toEqual([]);
    expect(w.db.select().from(notificationOutbox).all()).toEqual([]);
  });

  it("quiet hours hold non-urgent outside messages until 08:00 (centre time); urgent ones go at once", async () => {
    const w = await appointmentsWorld();
    const late = local("2026-11-30 22:30");
    const calm = notify(w.db, { userId: w.r1.userId, type: "appointment_reminder", title: "明天有咨询预约", at: late })!;
    const urgent = notify(w.db, { userId: w.r1.userId, type: "imminent_call", title: "紧急", urgent: true, at: late })!;
    expect(outboxOf(w, calm)[0].nextAttemptAt).toEqual(local("2026-12-01 08:00"));
    expect(outboxOf(w, urgent)[0].nextAttemptAt).toEqual(late);
    const early = local("2026-12-01 06:00");
    expect(outboxOf(w, notify(w.db, { userId: w.r1.userId, type: "appointment_reminder", title: "x", at: early })!)[0].nextAttemptAt).toEqual(local("2026-12-01 08:00"));
    const day = local("2026-12-01 12:00");
    expect(outboxOf(w, notify(w.db, { userId: w.r1.userId, type: "appointment_reminder", title: "x", at: day })!)[0].nextAttemptAt).toEqual(day);
    // Without quiet hours the message goes at night too.
    updatePreferences(w.ctx(w.r1), { channels: ["log"], quietHours: false });
    expect(outboxOf(w, notify(w.db, { userId: w.r1.userId, type: "appointment_reminder", title: "x", at: late })!)[0].nextAttemptAt).toEqual(late);
  });

  it("one outbox row per chosen channel; SMS carries the phone on file; no channel, no outbox", async () => {
    const w = await appointmentsWorld();
    w.db.update(users).set({ phone: "13839300011" }).where(eq(users.id, w.r1.userId)).run();
    const ctx = w.ctx(w.r1);
    expect(updatePreferences(ctx, { channels: ["webhook", "sms", "sms"], quietHours: true })).toEqual({ channels: ["sms", "webhook"], quietHours: true });
    const id = notify(w.db, { userId: w.r1.userId, type: "appointment_confirmed", title: "x", at: local("2026-11-30 10:00") })!;
    const rows = outboxOf(w, id).map((r) => ({ channel: r.channel, address: r.address }));
    expect(rows.sort((a, b) => a.channel.localeCompare(b.channel))).toEqual([
      { channel: "sms", address: "13839300011" },
      { channel: "webhook", address: null },
    ]);
    updatePreferences(ctx, { channels: [], quietHours: true });
    expect(outboxOf(w, notify(w.db, { userId: w.r1.userId, type: "appointment_confirmed", title: "y", at: local("2026-11-30 10:00") })!)).toEqual([]);
    expect(w.db.select().from(notificationPreferences).all()).toHaveLength(1);
  });

  it("a dedupe key makes a notification once per user; an inactive user gets nothing", async () => {
    const w = await appointmentsWorld();
    const at = local("2026-11-30 10:00");
    expect(notify(w.db, { userId: w.r1.userId, type: "appointment_reminder", title: "x", dedupeKey: "k1", at })).toBeTypeOf("number");
    expect(notify(w.db, { userId: w.r1.userId, type: "appointment_reminder", title: "x", dedupeKey: "k1", at })).toBeNull();
    expect(notify(w.db, { userId: w.r2.userId, type: "appointment_reminder", title: "x", dedupeKey: "k1", at })).toBeTypeOf("number");
    w.db.update(users).set({ active: false }).where(eq(users.id, w.r3.userId)).run();
    expect(notify(w.db, { userId: w.r3.userId, type: "appointment_reminder", title: "x", at })).toBeNull();
    expect(w.db.select().from(notificationOutbox).all()).toHaveLength(2);
  });
});

describe("the notification list", () => {
  it("shows only the caller's own, newest first, in pages; marking read is own-only", async () => {
    const w = await appointmentsWorld();
    const ids = [0, 1, 2].map((i) => notify(w.db, { userId: w.r1.userId, type: "appointment_confirmed", title: `n${i}`, at: local(`2026-11-30 1${i}:00`) })!);
    const other = notify(w.db, { userId: w.r2.userId, type: "appointment_confirmed", title: "theirs", at: local("2026-11-30 12:00") })!;
    const page1 = listNotifications(w.ctx(w.r1), { limit: 2 });
    expect(page1.items.map((n) => n.title)).toEqual(["n2", "n1"]);
    const page2 = listNotifications(w.ctx(w.r1), { limit: 2, cursor: page1.nextCursor! });
    expect(page2).toMatchObject({ items: [{ title: "n0" }], nextCursor: null });
    expect(unreadCount(w.ctx(w.r1))).toBe(3);

    expect(codeOf(() => markNotificationRead(w.ctx(w.r1), other))).toBe("not_found");
    expect(w.db.select().from(notifications).where(and(eq(notifications.id, other))).get()?.readAt).toBeNull();
    markNotificationRead(w.ctx(w.r1), ids[0]);
    markNotificationRead(w.ctx(w.r1), ids[0]);
    expect(unreadCount(w.ctx(w.r1))).toBe(2);
    expect(markAllNotificationsRead(w.ctx(w.r1))).toEqual({ updated: 2 });
    expect(unreadCount(w.ctx(w.r1))).toBe(0);
    expect(unreadCount(w.ctx(w.r2))).toBe(1);
  });
});
