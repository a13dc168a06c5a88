import { afterEach, describe, expect, it, vi } from "vitest";
import { appointments, notifications } from "@/db/schema";
import { appointmentsWorld, local } from "../appointments/test-fixtures";
import { notificationJobsRunning, startNotificationJobs, stopNotificationJobs } from "./scheduler";

afterEach(() => {
  stopNotificationJobs();
  delete process.env.NEXT_PHASE;
  delete process.env.NOTIFY_JOBS;
});

describe("startNotificationJobs", () => {
  it("does nothing during next build or with NOTIFY_JOBS=0; otherwise runs the job on its first timer tick (not during start-up) and leaves unref'd timers", async () => {
    const w = await appointmentsWorld();
    // A confirmed session tomorrow, as the real clock sees it (the scheduler reads the real time).
    const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date(Date.now() + 24 * 3_600_000));
    const startAt = local(`${day} 10:00`);
    w.db.insert(appointments)
      .values({ residentId: w.r1.residentId!, serviceId: w.service.individual, counselorId: w.c1.userId, startAt, endAt: new Date(startAt.getTime() + 50 * 60_000), status: "confirmed", mode: "slot", createdBy: w.r1.userId, createdAt: new Date() })
      .run();
    const reminders = () => w.db.select({ type: notifications.type }).from(notifications).all().filter((n) => n.type === "appointment_reminder");

    process.env.NEXT_PHASE = "phase-production-build";
    startNotificationJobs(w.db);
    expect(notificationJobsRunning().running).toBe(false);
    delete process.env.NEXT_PHASE;
    process.env.NOTIFY_JOBS = "0";
    startNotificationJobs(w.db);
    expect(notificationJobsRunning().running).toBe(false);
    expect(reminders()).toHaveLength(0);

    delete process.env.NOTIFY_JOBS;
    startNotificationJobs(w.db);
    expect(notificationJobsRunning()).toEqual({ running: true, unref: true });
    // Not run synchronously at start-up (it held back the server's first requests)…
    expect(reminders()).toHaveLength(0);
    // …but on the first tick, about a second later.
    await vi.waitFor(() => expect(reminders()).toHaveLength(1), { timeout: 10_000, interval: 100 });
    // Started twice (a second import in dev): still one set of timers, no second reminder.
    startNotificationJobs(w.db);
    expect(reminders()).toHaveLength(1);
  });
});
