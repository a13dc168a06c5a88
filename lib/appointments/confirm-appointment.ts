import type { Ctx } from "../context";
import { appError, forbidden } from "../errors";
import { t } from "../i18n/messages";
import { assertBookableTime, assertCounselorFree, assertLegal, assertVersion, auditAppointment, confirmRoom, loadCounselor, loadHead, loadService, recordEvent, reservationTitle, updateAppointment } from "./internal";
import { canConfirm } from "./policy";
import type { ConfirmAppointmentInput } from "./schemas";
import { notifyAppointmentChange } from "../notifications/area-events";

const MINUTE = 60_000;

export interface ConfirmResult {
  id: number;
  status: "confirmed";
  counselorId: number;
  startAt: Date;
  endAt: Date;
  roomId: number;
  reservationId: number;
  version: number;
}

/**
 * Match and confirm (counsellor for themselves, admin for anyone): counsellor, time and room are
 * checked and locked in one immediate transaction through the booking engine, so two requests
 * that overlap can never both be confirmed — the second gets 409.
 */
export function confirmAppointment(ctx: Ctx, id: number, input: ConfirmAppointmentInput): ConfirmResult {
  return ctx.db.transaction(
    () => {
      const head = loadHead(ctx, id);
      if (!canConfirm(ctx.actor, head, input.counselorId ?? null)) throw forbidden(t("appointments.error.confirmOwnOnly"));
      assertLegal(head, "confirm");
      assertVersion(head, input.version);
      const counselorId = input.counselorId ?? head.counselorId;
      if (counselorId === null) throw appError("validation", t("appointments.field.counselorRequired"), { counselorId: [t("appointments.field.counselorRequired")] });
      const startAt = input.startAt ?? head.startAt;
      if (!startAt) throw appError("validation", t("appointments.field.startAtRequired"), { startAt: [t("appointments.field.startAtRequired")] });
      const service = loadService(ctx, head.serviceId);
      assertBookableTime(ctx, startAt);
      const counselor = loadCounselor(ctx, counselorId, service);
      const endAt = new Date(startAt.getTime() + service.durationMinutes * MINUTE);
      assertCounselorFree(ctx, counselorId, startAt, endAt, head.id);
      const { reservationId, roomId } = confirmRoom(ctx, head, service, startAt, endAt, reservationTitle(service, counselor.name), input.roomId);
      const version = updateAppointment(ctx, head, { status: "confirmed", counselorId, startAt, endAt, reservationId, holdExpiresAt: null, confirmedAt: ctx.now });
      recordEvent(ctx, id, head.status, "confirmed", head.counselorId === null || head.startAt?.getTime() !== startAt.getTime() ? "match" : "confirm");
      notifyAppointmentChange(ctx.db, id, "confirmed", ctx.actor.userId, ctx.now);
      auditAppointment(ctx, "appointment.confirm", id, { counselorId, roomId, reservationId, matched: head.counselorId !== counselorId || head.startAt?.getTime() !== startAt.getTime() });
      return { id, status: "confirmed" as const, counselorId, startAt, endAt, roomId, reservationId, version };
    },
    { behavior: "immediate" },
  );
}
