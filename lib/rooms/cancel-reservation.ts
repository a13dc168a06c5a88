import type { Ctx } from "../context";
import { cancelInTransaction, type ReservationRef } from "./engine";
import { reservationForChange } from "./internal";
import type { CancelReservationInput } from "./schemas";

/** Cancels and frees the time at once; `following` also cancels the later occurrences of its series. */
export function cancelReservation(ctx: Ctx, id: number, input: CancelReservationInput = {}): ReservationRef[] {
  return ctx.db.transaction(() => {
    reservationForChange(ctx, id);
    return cancelInTransaction(ctx, id, input);
  }, { behavior: "immediate" });
}
