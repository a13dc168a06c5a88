import type { Db } from "@/db/client";
import { channelsFromEnv } from "./channels/index";
import { runNotificationJobs } from "./run-jobs";
import { createDeliveryWorker } from "./worker";

const DELIVERY_EVERY_MS = 15_000;
const JOBS_EVERY_MS = 5 * 60_000;
/** The first reminder pass: soon after start, not before the server takes requests (issue 12). */
export const FIRST_PASS_AFTER_MS = 1_000;

const state = globalThis as unknown as { __ankangNotifyTimers?: NodeJS.Timeout[] };

/**
 * Started once by the server process (db/startup.ts, from instrumentation.ts): the outbox worker
 * every 15 s and the reminder/deadline job every 5 min, its first pass on a timer 1 s after start. Nothing lives only in memory — both read
 * what is due from the database — so a restart loses nothing. The timers are unref'd (they never
 * keep a process alive), never started during `next build`, and NOTIFY_JOBS=0 turns them off.
 */
export function startNotificationJobs(db: Db): void {
  if (process.env.NOTIFY_JOBS === "0" || process.env.NEXT_PHASE === "phase-production-build" || state.__ankangNotifyTimers) return;
  const worker = createDeliveryWorker({ db, channels: channelsFromEnv() });
  const deliver = () => void worker.runOnce().catch((e) => console.error("[notify] delivery pass failed:", e));
  const jobs = () => {
    try {
      runNotificationJobs(db, new Date());
    } catch (e) {
      console.error("[notify] reminder job failed:", e);
    }
  };
  // The first pass runs on its own timer right after start-up (not minutes later, so reminders due
  // now are not left to appear under a user's eyes; not during start-up either, where on ten years
  // of data it held back the first requests).
  state.__ankangNotifyTimers = [setTimeout(jobs, FIRST_PASS_AFTER_MS), setInterval(jobs, JOBS_EVERY_MS), setInterval(deliver, DELIVERY_EVERY_MS)];
  for (const timer of state.__ankangNotifyTimers) timer.unref();
}

/** Stops the timers (tests; a graceful shutdown). */
export function stopNotificationJobs(): void {
  for (const timer of state.__ankangNotifyTimers ?? []) clearTimeout(timer);
  state.__ankangNotifyTimers = undefined;
}

/** Whether the timers run in this process, and none of them keeps it alive. */
export function notificationJobsRunning(): { running: boolean; unref: boolean } {
  const timers = state.__ankangNotifyTimers ?? [];
  return { running: timers.length > 0, unref: timers.every((t) => !t.hasRef()) };
}
