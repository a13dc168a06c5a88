import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Ctx } from "../context";
import { appError, forbidden } from "../errors";
import { t } from "../i18n/messages";
import { assertBookableTime, assertCounselorFree, assertLegal, assertVersion, auditAppointment, loadHead, loadService, moveRoom, recordEvent, reservationTitle, updateAppointment } from "./internal";
import { isResponsible } from "./policy";
import type { RescheduleAppointmentInput } from "./schemas";
import { notifyAppointmentChange } from "../notifications/area-events";

const MINUTE = 60_000;

/** Moves a confirmed session to a new time (and maybe room): the counsellor and the room are checked again like a new booking. */
export function rescheduleAppointment(ctx: Ctx, id: number, input: RescheduleAppointmentInput): { id: number; status: "confirmed"; startAt: Date; endAt: Date; roomId: number; version: number } {
  return ctx.db.transaction(
    () => {
      const head = loadHead(ctx, id);
      if (!isResponsible(ctx.actor, head)) throw forbidden();
      assertLegal(head, "reschedule");
      if (head.startAt && head.startAt.getTime() <= ctx.now.getTime()) throw appError("conflict", t("appointments.error.alreadyStarted"));
      assertVersion(head, input.version);
      const service = loadService(ctx, head.serviceId);
      assertBookableTime(ctx, input.startAt);
      const endAt = new Date(input.startAt.getTime() + service.durationMinutes * MINUTE);
      assertCounselorFree(ctx, head.counselorId!, input.startAt, endAt, head.id);
      const counselorName = ctx.db.select({ name: users.name }).from(users).where(eq(users.id, head.counselorId!)).get()?.name ?? "";
      const { reservationId, roomId } = moveRoom(ctx, head, service, input.startAt, endAt, reservationTitle(service, counselorName), input.roomId);
      const version = updateAppointment(ctx, head, { startAt: input.startAt, endAt, reservationId });
      recordEvent(ctx, id, head.status, head.status, "reschedule");
      notifyAppointmentChange(ctx.db, id, "changed", ctx.actor.userId, ctx.now);
      auditAppointment(ctx, "appointment.reschedule", id, { fromStart: head.startAt?.toISOString() ?? null, toStart: input.startAt.toISOString(), roomId });
      return { id, status: "confirmed" as const, startAt: input.startAt, endAt, roomId, version };
    },
    { behavior: "immediate" },
  );
}
