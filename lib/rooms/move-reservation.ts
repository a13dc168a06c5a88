import { isStaff } from "../auth/actor";
import type { Ctx } from "../context";
import { forbidden } from "../errors";
import { t } from "../i18n/messages";
import { loadRoom, moveInTransaction, type ReservationRef } from "./engine";
import { reservationForChange } from "./internal";
import type { MoveReservationInput } from "./schemas";

/** New times or another room for one reservation (one occurrence of a series), checked like a new booking. */
export function moveReservation(ctx: Ctx, id: number, input: MoveReservationInput): ReservationRef {
  return ctx.db.transaction(
    () => {
      const r = reservationForChange(ctx, id);
      if (!isStaff(ctx.actor) && input.roomId !== undefined && input.roomId !== r.roomId) {
        const room = loadRoom(ctx, input.roomId);
        if (!room.residentBookable) throw forbidden(t("rooms.error.notResidentBookable", { room: room.name }));
      }
      return moveInTransaction(ctx, id, input);
    },
    { behavior: "immediate" },
  );
}
