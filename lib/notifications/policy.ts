import type { ChannelCode } from "@/db/schema";
import { addLocalDays, localClock, parseLocalDateTime, toLocalDate } from "../time";

/** Without a saved choice a user's outside messages go to the default channel (the server log). */
export const DEFAULT_CHANNELS: readonly ChannelCode[] = ["log"];
export const DEFAULT_QUIET_HOURS = true;

/** Quiet hours, centre-local: non-urgent outside messages wait from 21:00 until 08:00. */
export const QUIET_START_MINUTE = 21 * 60;
export const QUIET_END_MINUTE = 8 * 60;

/** Delivery gives up (status "dead") after this many failed attempts. */
export const MAX_ATTEMPTS = 8;
/** How long a claimed row is left to one worker before another may try it again. */
export const LEASE_MS = 2 * 60_000;

/** The end of the quiet hours `now` falls in, or null when it is not in them. */
export function quietUntil(now: Date): Date | null {
  const { minute } = localClock(now);
  if (minute >= QUIET_END_MINUTE && minute < QUIET_START_MINUTE) return null;
  const day = minute >= QUIET_START_MINUTE ? addLocalDays(now, 1) : now;
  return parseLocalDateTime(`${toLocalDate(day)}T08:00`);
}

/** Backoff after the n-th failed attempt (1-based): 30 s, 1 min, 2 min … capped at one hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}
