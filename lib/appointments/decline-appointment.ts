import type { Ctx } from "../context";
import { forbidden } from "../errors";
import { t } from "../i18n/messages";
import { assertLegal, assertVersion, auditAppointment, loadHead, recordEvent, releaseReservation, updateAppointment } from "./internal";
import { canDecline } from "./policy";
import type { DeclineAppointmentInput } from "./schemas";
import { notifyAppointmentChange } from "../notifications/area-events";

/** A request the centre cannot take (with the reason the resident will read); its held slot and room are freed. */
export function declineAppointment(ctx: Ctx, id: number, input: DeclineAppointmentInput): { id: number; status: "declined"; version: number } {
  return ctx.db.transaction(
    () => {
      const head = loadHead(ctx, id);
      if (!canDecline(ctx.actor, head)) throw forbidden();
      assertLegal(head, "decline");
      assertVersion(head, input.version);
      releaseReservation(ctx, head.reservationId, t("appointments.reason.declined"));
      const version = updateAppointment(ctx, head, { status: "declined", declinedAt: ctx.now, declinedBy: ctx.actor.userId, declineReason: input.reason, holdExpiresAt: null });
      recordEvent(ctx, id, head.status, "declined", "decline", input.reason);
      notifyAppointmentChange(ctx.db, id, "declined", ctx.actor.userId, ctx.now);
      auditAppointment(ctx, "appointment.decline", id, { reservationId: head.reservationId });
      return { id, status: "declined" as const, version };
    },
    { behavior: "immediate" },
  );
}
