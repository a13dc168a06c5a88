import { afterEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { openDb, type Db } from "@/db/client";
import { notificationOutbox, residents, users } from "@/db/schema";
import { confirmAppointment } from "../appointments/confirm-appointment";
import { requestAppointment } from "../appointments/request-appointment";
import { appointmentsWorld, local, tue } from "../appointments/test-fixtures";
import { logChannel } from "./channels/log";
import { smsChannel } from "./channels/sms";
import type { Channel } from "./channels/types";
import { signBody, webhookChannel } from "./channels/webhook";
import { notify } from "./notify";
import { testServer } from "./test-server";
import { updatePreferences } from "./update-preferences";
import { createDeliveryWorker } from "./worker";

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

function clock(start: Date) {
  let now = start.getTime();
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

const outbox = (db: Db) => db.select().from(notificationOutbox).all();

describe("delivery worker", () => {
  it("a channel failing three times then succeeding delivers exactly once, across a restart on the same DB file", async () => {
    const w = await appointmentsWorld();
    const server = await testServer([500, 503, 500, 200]);
    closers.push(server.close);
    updatePreferences(w.ctx(w.r1), { channels: ["webhook"], quietHours: true });
    const r = requestAppointment(w.ctx(w.r1), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: tue("10:00") });
    confirmAppointment(w.ctx(w.c1), r.id, {});
    const mine = outbox(w.db).filter((o) => o.userId === w.r1.userId);
    expect(mine).toHaveLength(1);

    // The counsellor's own "new request" message goes to the log at the first pass.
    const channels = { webhook: webhookChannel({ url: server.url, secret: "s3cret" }), log: logChannel(() => undefined) };
    const t = clock(local("2026-11-30 09:01"));
    const first = createDeliveryWorker({ db: w.db, channels, now: t.now });
    expect(await first.runOnce()).toMatchObject({ retried: 1, sent: 1 });
    // Backing off: nothing is due until the delay has passed.
    expect(await first.runOnce()).toMatchObject({ retried: 0, sent: 0 });
    t.advance(30_000);
    expect(await first.runOnce()).toMatchObject({ retried: 1 });
    expect(server.received).toHaveLength(2);

    // "Restart": a new connection and a new worker on the same database file.
    const reopened = openDb(w.db.$client.name);
    closers.push(() => void reopened.$client.close());
    const second = createDeliveryWorker({ db: reopened, channels, now: t.now });
    t.advance(60_000);
    expect(await second.runOnce()).toMatchObject({ retried: 1 });
    t.advance(120_000);
    expect(await second.runOnce()).toMatchObject({ sent: 1 });
    t.advance(3_600_000);
    expect(await second.runOnce()).toMatchObject({ sent: 0, retried: 0 });
    expect(await first.runOnce()).toMatchObject({ sent: 0, retried: 0 });

    expect(server.received).toHaveLength(4);
    expect(server.accepted()).toHaveLength(1);
    const row = outbox(reopened).find((o) => o.id === mine[0].id)!;
    expect(row).toMatchObject({ status: "sent", attempts: 4, lockedUntil: null, lastError: null });
    const body = JSON.parse(server.accepted()[0].body);
    expect(body).toMatchObject({ id: row.id, type: "appointment_confirmed", userId: w.r1.userId });
    expect(server.accepted()[0].headers["x-ankang-delivery"]).toBe(String(row.id));
  });

  it("a worker that dies mid-send leaves a lease; after it runs out another worker sends the message", async () => {
    const w = await appointmentsWorld();
    notify(w.db, { userId: w.r1.userId, type: "appointment_confirmed", title: "x", at: local("2026-11-30 10:00") });
    const t = clock(local("2026-11-30 10:00"));
    const hanging: Channel = { code: "log", send: () => new Promise(() => undefined) };
    const crashed = createDeliveryWorker({ db: w.db, channels: { log: hanging }, now: t.now });
    void crashed.runOnce();
    await new Promise((r) => setTimeout(r, 20));
    expect(outbox(w.db)[0]).toMatchObject({ status: "pending", attempts: 1 });
    const lines: string[] = [];
    const next = createDeliveryWorker({ db: w.db, channels: { log: logChannel((l) => lines.push(l)) }, now: t.now });
    expect(await next.runOnce()).toMatchObject({ sent: 0 });
    t.advance(2 * 60_000);
    expect(await next.runOnce()).toMatchObject({ sent: 1 });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("type=appointment_confirmed");
    expect(outbox(w.db)[0]).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("waits for quiet hours to end; gives up after the last attempt; an unconfigured channel is retried, not lost", async () => {
    const w = await appointmentsWorld();
    updatePreferences(w.ctx(w.r1), { channels: ["sms", "webhook"], quietHours: true });
    notify(w.db, { userId: w.r1.userId, type: "appointment_reminder", title: "明天有咨询预约", at: local("2026-11-30 22:00") });
    const t = clock(local("2026-11-30 22:00"));
    const worker = createDeliveryWorker({ db: w.db, channels: { sms: smsChannel({ url: "http://127.0.0.1:9/never", apiKey: "k" }) }, now: t.now, maxAttempts: 2 });
    expect(await worker.runOnce()).toMatchObject({ sent: 0, retried: 0, dead: 0 });
    t.advance(10 * 3_600_000);
    // SMS without a phone on file cannot succeed: given up at once. Webhook not configured: retried.
    expect(await worker.runOnce()).toMatchObject({ dead: 1, retried: 1 });
    t.advance(3_600_000);
    expect(await worker.runOnce()).toMatchObject({ dead: 1 });
    expect(outbox(w.db).map((o) => [o.channel, o.status, o.lastError])).toEqual([
      ["sms", "dead", "no phone number"],
      ["webhook", "dead", "channel webhook is not configured"],
    ]);
  });
});

describe("channels against a local HTTP server", () => {
  const message = { outboxId: 7, notificationId: 3, userId: 5, type: "appointment_confirmed" as const, title: "您的预约已确认", body: null, link: "/me/appointments", urgent: false, address: "13839300011", createdAt: local("2026-11-30 10:00") };

  it("webhook: POSTs JSON signed with HMAC-SHA256 over the exact body; non-2xx is an error", async () => {
    const server = await testServer([200, 500]);
    closers.push(server.close);
    const channel = webhookChannel({ url: server.url, secret: "k" });
    await channel.send(message);
    const [got] = server.received;
    expect(got.headers["content-type"]).toBe("application/json");
    expect(got.headers["x-ankang-signature"]).toBe(signBody(got.body, "k"));
    expect(got.headers["x-ankang-signature"]).not.toBe(signBody(got.body, "other"));
    expect(JSON.parse(got.body)).toEqual({ id: 7, notificationId: 3, userId: 5, type: "appointment_confirmed", title: "您的预约已确认", body: null, link: "/me/appointments", urgent: false, createdAt: "2026-11-30T10:00:00+08:00" });
    await expect(channel.send(message)).rejects.toThrow("HTTP 500");
  });

  it("SMS gateway: bearer key, phone and signed text; no phone is a permanent failure", async () => {
    const server = await testServer([200]);
    closers.push(server.close);
    const channel = smsChannel({ url: server.url, apiKey: "key-1", signName: "安康中心" });
    await channel.send(message);
    expect(server.received[0].headers.authorization).toBe("Bearer key-1");
    expect(JSON.parse(server.received[0].body)).toEqual({ to: "13839300011", text: "【安康中心】您的预约已确认", id: "7" });
    await expect(channel.send({ ...message, address: null })).rejects.toMatchObject({ name: "PermanentDeliveryError" });
    expect(server.received).toHaveLength(1);
  });

  it("an SMS row takes the resident's phone from the register when the account has none", async () => {
    const w = await appointmentsWorld();
    w.db.update(users).set({ phone: null }).where(eq(users.id, w.r1.userId)).run();
    updatePreferences(w.ctx(w.r1), { channels: ["sms"], quietHours: false });
    notify(w.db, { userId: w.r1.userId, type: "appointment_confirmed", title: "x", at: local("2026-11-30 10:00") });
    expect(outbox(w.db)[0].address).toBeNull();
    w.db.update(residents).set({ phone: "13839300099" }).where(eq(residents.id, w.r1.residentId!)).run();
    notify(w.db, { userId: w.r1.userId, type: "appointment_confirmed", title: "y", at: local("2026-11-30 10:00") });
    expect(outbox(w.db)[1].address).toBe("13839300099");
  });
});

describe("a pass of the worker", () => {
  it("works through more rows than one batch", async () => {
    const w = await appointmentsWorld();
    for (let i = 0; i < 7; i++) notify(w.db, { userId: w.r1.userId, type: "appointment_confirmed", title: `n${i}`, at: local("2026-11-30 10:00") });
    const lines: string[] = [];
    const worker = createDeliveryWorker({ db: w.db, channels: { log: logChannel((l) => lines.push(l)) }, now: () => local("2026-11-30 10:00"), batchSize: 3 });
    expect(await worker.runOnce()).toEqual({ sent: 7, retried: 0, dead: 0 });
    expect(lines).toHaveLength(7);
  });
});
