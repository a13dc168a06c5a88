import type { Ctx } from "../context";
import { confirmInTransaction, type ReservationRef } from "./engine";
import { reservationForChange } from "./internal";

/** Turns a hold into a booking; a lapsed hold only if its time is still free. */
export function confirmReservation(ctx: Ctx, id: number): ReservationRef {
  return ctx.db.transaction(
    () => {
      reservationForChange(ctx, id);
      return confirmInTransaction(ctx, id);
    },
    { behavior: "immediate" },
  );
}
