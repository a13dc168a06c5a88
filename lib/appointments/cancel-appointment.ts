import type { Ctx } from "../context";
import { appError, forbidden } from "../errors";
import { t } from "../i18n/messages";
import { assertLegal, assertVersion, auditAppointment, loadHead, recordEvent, releaseReservation, updateAppointment } from "./internal";
import { canCancel, isResidentActor } from "./policy";
import type { CancelAppointmentInput } from "./schemas";
import { notifyAppointmentChange } from "../notifications/area-events";

/**
 * Cancels a request or a confirmed session before it starts (its resident, its counsellor, or an
 * admin), with a reason; the counsellor's time and the room are free again at once.
 */
export function cancelAppointment(ctx: Ctx, id: number, input: CancelAppointmentInput): { id: number; status: "cancelled"; version: number } {
  return ctx.db.transaction(
    () => {
      const head = loadHead(ctx, id);
      if (!canCancel(ctx.actor, head)) throw forbidden();
      assertLegal(head, "cancel");
      if (head.startAt && head.startAt.getTime() <= ctx.now.getTime()) throw appError("conflict", t("appointments.error.alreadyStarted"));
      assertVersion(head, input.version);
      releaseReservation(ctx, head.reservationId, input.reason);
      const version = updateAppointment(ctx, head, { status: "cancelled", cancelledAt: ctx.now, cancelledBy: ctx.actor.userId, cancelReason: input.reason, holdExpiresAt: null });
      recordEvent(ctx, id, head.status, "cancelled", "cancel", input.reason);
      notifyAppointmentChange(ctx.db, id, "cancelled", ctx.actor.userId, ctx.now);
      auditAppointment(ctx, "appointment.cancel", id, { byResident: isResidentActor(ctx.actor), reservationId: head.reservationId });
      return { id, status: "cancelled" as const, version };
    },
    { behavior: "immediate" },
  );
}
