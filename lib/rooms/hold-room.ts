import type { Ctx } from "../context";
import { forbidden } from "../errors";
import { book, type BookResult } from "./internal";
import { canHoldOrRepeat } from "./policy";
import type { ReserveRoomInput } from "./schemas";

export const DEFAULT_HOLD_MINUTES = 30;

/**
 * Holds a room until `holdMinutes` from now (staff only): the time is blocked like a confirmed
 * booking until then, and freed by itself if nobody confirms it.
 */
export function holdRoom(ctx: Ctx, input: ReserveRoomInput): BookResult {
  if (!canHoldOrRepeat(ctx.actor)) throw forbidden();
  const minutes = input.holdMinutes ?? DEFAULT_HOLD_MINUTES;
  return book(ctx, input, new Date(ctx.now.getTime() + minutes * 60_000));
}
