import type { Ctx } from "../context";
import { holdRoom } from "./hold-room";
import { book, type BookResult } from "./internal";
import type { ReserveRoomInput } from "./schemas";

/**
 * Books a room now (confirmed), or — with holdMinutes — holds it (staff only). Staff: any active
 * room; residents: a resident-bookable one, for themselves.
 */
export function reserveRoom(ctx: Ctx, input: ReserveRoomInput): BookResult {
  if (input.holdMinutes !== undefined) return holdRoom(ctx, input);
  return book(ctx, input, null);
}
