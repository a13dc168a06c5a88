import { and, asc, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { notificationOutbox, notifications, type ChannelCode } from "@/db/schema";
import type { ChannelSet } from "./channels/index";
import { PermanentDeliveryError, type OutboundMessage } from "./channels/types";
import { LEASE_MS, MAX_ATTEMPTS, retryDelayMs } from "./policy";

export interface WorkerOptions {
  db: Db;
  channels: ChannelSet;
  /** The clock (tests move it on to pass the backoff). */
  now?: () => Date;
  batchSize?: number;
  leaseMs?: number;
  maxAttempts?: number;
}

type Claimed = OutboundMessage & { channel: ChannelCode };

export interface RunResult {
  sent: number;
  retried: number;
  dead: number;
}

/**
 * Delivers the outbox. Everything it knows is in the database: a due row is claimed (attempts + 1
 * and a lease) in one immediate transaction, sent outside any transaction, then marked sent or put
 * back with a backoff. A worker that dies mid-send (server restart) leaves a lease that runs out,
 * and the next worker — in this process or a new one — tries again; a row marked sent is never
 * picked again.
 */
export function createDeliveryWorker(options: WorkerOptions) {
  const { db, channels } = options;
  const clock = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? 20;
  const leaseMs = options.leaseMs ?? LEASE_MS;
  const maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;

  function claim(now: Date): Claimed[] {
    return db.transaction(
      () => {
        const rows = db
          .select({
            outboxId: notificationOutbox.id,
            notificationId: notificationOutbox.notificationId,
            userId: notificationOutbox.userId,
            channel: notificationOutbox.channel,
            address: notificationOutbox.address,
            type: notifications.type,
            title: notifications.title,
            body: notifications.body,
            link: notifications.link,
            urgent: notifications.urgent,
            createdAt: notifications.createdAt,
          })
          .from(notificationOutbox)
          .innerJoin(notifications, eq(notifications.id, notificationOutbox.notificationId))
          .where(
            and(
              eq(notificationOutbox.status, "pending"),
              lte(notificationOutbox.nextAttemptAt, now),
              or(isNull(notificationOutbox.lockedUntil), lte(notificationOutbox.lockedUntil, now)),
            ),
          )
          .orderBy(asc(notificationOutbox.nextAttemptAt), asc(notificationOutbox.id))
          .limit(batchSize)
          .all();
        if (rows.length === 0) return [];
        db.update(notificationOutbox)
          .set({ attempts: sql`${notificationOutbox.attempts} + 1`, lockedUntil: new Date(now.getTime() + leaseMs) })
          .where(inArray(notificationOutbox.id, rows.map((r) => r.outboxId)))
          .run();
        return rows;
      },
      { behavior: "immediate" },
    );
  }

  async function deliver(m: Claimed): Promise<keyof RunResult> {
    const channel = channels[m.channel];
    let error: unknown = null;
    try {
      if (!channel) throw new Error(`channel ${m.channel} is not configured`);
      await channel.send(m);
    } catch (e) {
      error = e;
    }
    const now = clock();
    const mine = and(eq(notificationOutbox.id, m.outboxId), eq(notificationOutbox.status, "pending"));
    if (!error) {
      db.update(notificationOutbox).set({ status: "sent", sentAt: now, lockedUntil: null, lastError: null }).where(mine).run();
      return "sent";
    }
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 200);
    const row = db.select({ attempts: notificationOutbox.attempts }).from(notificationOutbox).where(eq(notificationOutbox.id, m.outboxId)).get();
    const attempts = row?.attempts ?? maxAttempts;
    if (error instanceof PermanentDeliveryError || attempts >= maxAttempts) {
      db.update(notificationOutbox).set({ status: "dead", lockedUntil: null, lastError: message }).where(mine).run();
      console.warn(`[notify] outbox=${m.outboxId} channel=${m.channel} gave up after ${attempts} attempt(s): ${message}`);
      return "dead";
    }
    db.update(notificationOutbox)
      .set({ nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)), lockedUntil: null, lastError: message })
      .where(mine)
      .run();
    return "retried";
  }

  let running = false;
  return {
    /** One pass over the due rows; overlapping calls return at once instead of racing. */
    async runOnce(): Promise<RunResult> {
      const result: RunResult = { sent: 0, retried: 0, dead: 0 };
      if (running) return result;
      running = true;
      try {
        // Batch after batch until the due rows are done (bounded, so one pass never runs forever).
        for (let round = 0; round < 10; round++) {
          const batch = claim(clock());
          for (const m of batch) result[await deliver(m)]++;
          if (batch.length < batchSize) break;
        }
      } finally {
        running = false;
      }
      return result;
    },
  };
}

export type DeliveryWorker = ReturnType<typeof createDeliveryWorker>;
