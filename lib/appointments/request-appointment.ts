import { and, count, eq, gt, inArray, isNull, or } from "drizzle-orm";
import { appointments, residents, type AppointmentMode, type AppointmentStatus } from "@/db/schema";
import { auditAs } from "../audit/audit";
import type { Ctx } from "../context";
import { appError, forbidden } from "../errors";
import { t } from "../i18n/messages";
import { reserveInTransaction } from "../rooms/engine";
import { assertBookableTime, assertCounselorFree, auditAppointment, chooseRoom, loadCounselor, loadService, recordEvent, reservationTitle } from "./internal";
import { canBookForOthers, canUseAppointments, HOLD_HOURS, isResidentActor, RESIDENT_MAX_OPEN, RESIDENT_NOTICE_MINUTES } from "./policy";
import type { PersonInput, RequestAppointmentInput } from "./schemas";
import { notifyAppointmentChange } from "../notifications/area-events";

const MINUTE = 60_000;

export interface RequestResult {
  id: number;
  /** "requested", or the later state of a replayed request. */
  status: AppointmentStatus;
  mode: AppointmentMode;
  serviceId: number;
  counselorId: number | null;
  startAt: Date | null;
  endAt: Date | null;
  holdExpiresAt: Date | null;
  roomId: number | null;
  /** True when a repeated submit (same request key) returned the appointment made the first time. */
  replayed: boolean;
}

function insertPerson(ctx: Ctx, p: PersonInput): number {
  const { id } = ctx.db
    .insert(residents)
    .values({ name: p.name, gender: p.gender, birthYear: p.birthYear ?? null, phone: p.phone ?? null, address: p.address ?? null, createdAt: ctx.now, createdBy: ctx.actor.userId })
    .returning({ id: residents.id })
    .get();
  auditAs(ctx, { action: "resident.create", entityType: "resident", entityId: id, details: { via: "appointment" } });
  return id;
}

/**
 * A resident asks for a session (for themselves), or staff ask on a resident's behalf (walk-in,
 * phone; an existing resident or a new person). With a counsellor and a start time the slot is
 * held — appointment and held room reservation in one immediate transaction, so of many requests
 * for one slot exactly one wins (409 for the rest). Without them it is an order (订单式): the need
 * and preferred times wait in the triage queue.
 */
export function requestAppointment(ctx: Ctx, input: RequestAppointmentInput): RequestResult {
  if (!canUseAppointments(ctx.actor)) throw forbidden();
  const forSelf = isResidentActor(ctx.actor);
  if (forSelf && (input.residentId !== undefined || input.person !== undefined)) throw forbidden(t("appointments.error.residentForSelf"));
  if (!forSelf) {
    if (!canBookForOthers(ctx.actor)) throw forbidden();
    if (input.residentId === undefined && input.person === undefined) throw appError("validation", undefined, { residentId: [t("appointments.field.residentRequired")] });
  }
  const withSlot = input.counselorId !== undefined && input.startAt !== undefined;

  return ctx.db.transaction(
    () => {
      if (input.requestKey) {
        const previous = ctx.db
          .select({ id: appointments.id, serviceId: appointments.serviceId, counselorId: appointments.counselorId, startAt: appointments.startAt, endAt: appointments.endAt, mode: appointments.mode, status: appointments.status, holdExpiresAt: appointments.holdExpiresAt, reservationId: appointments.reservationId })
          .from(appointments)
          .where(and(eq(appointments.createdBy, ctx.actor.userId), eq(appointments.requestKey, input.requestKey)))
          .get();
        if (previous) {
          const same = previous.serviceId === input.serviceId && previous.counselorId === (input.counselorId ?? null) && (previous.startAt?.getTime() ?? null) === (input.startAt?.getTime() ?? null);
          if (!same) throw appError("conflict", t("rooms.error.requestKeyReused"));
          const { reservationId: _reservationId, ...rest } = previous;
          return { ...rest, roomId: null, replayed: true };
        }
      }
      const service = loadService(ctx, input.serviceId);
      if (!service.active) throw appError("validation", t("appointments.error.serviceInactive"), { serviceId: [t("appointments.error.serviceInactive")] });

      let residentId: number;
      if (forSelf) residentId = ctx.actor.residentId!;
      else if (input.residentId !== undefined) {
        const found = ctx.db.select({ id: residents.id }).from(residents).where(eq(residents.id, input.residentId)).get();
        if (!found) throw appError("validation", undefined, { residentId: [t("appointments.error.unknownResident")] });
        residentId = found.id;
      } else residentId = insertPerson(ctx, input.person!);

      if (forSelf) {
        const open = ctx.db
          .select({ n: count() })
          .from(appointments)
          .where(
            and(
              eq(appointments.residentId, residentId),
              or(eq(appointments.status, "requested"), and(inArray(appointments.status, ["confirmed", "checked_in"]), or(isNull(appointments.endAt), gt(appointments.endAt, ctx.now)))),
            ),
          )
          .get();
        if ((open?.n ?? 0) >= RESIDENT_MAX_OPEN) throw appError("conflict", t("appointments.error.residentLimit", { max: RESIDENT_MAX_OPEN }));
      }

      let counselorName: string | null = null;
      let startAt: Date | null = null;
      let endAt: Date | null = null;
      let holdExpiresAt: Date | null = null;
      let roomId: number | null = null;
      if (withSlot) {
        startAt = input.startAt!;
        assertBookableTime(ctx, startAt);
        if (forSelf && startAt.getTime() < ctx.now.getTime() + RESIDENT_NOTICE_MINUTES * MINUTE) {
          const message = t("appointments.error.notice", { hours: RESIDENT_NOTICE_MINUTES / 60 });
          throw appError("validation", message, { startAt: [message] });
        }
        counselorName = loadCounselor(ctx, input.counselorId!, service).name;
        endAt = new Date(startAt.getTime() + service.durationMinutes * MINUTE);
        assertCounselorFree(ctx, input.counselorId!, startAt, endAt);
        roomId = chooseRoom(ctx, service, startAt, endAt).id;
        holdExpiresAt = new Date(Math.min(ctx.now.getTime() + HOLD_HOURS * 3_600_000, startAt.getTime()));
      }

      const mode: AppointmentMode = withSlot ? "slot" : "order";
      const { id } = ctx.db
        .insert(appointments)
        .values({
          residentId,
          serviceId: service.id,
          counselorId: withSlot ? input.counselorId! : null,
          startAt,
          endAt,
          status: "requested",
          mode,
          preferredTimes: input.preferredTimes ?? [],
          need: input.note || null,
          urgency: input.urgency ?? "normal",
          holdExpiresAt,
          requestKey: input.requestKey ?? null,
          createdBy: ctx.actor.userId,
          createdAt: ctx.now,
        })
        .returning({ id: appointments.id })
        .get();
      if (withSlot) {
        const reservation = reserveInTransaction(ctx, {
          roomId: roomId!,
          startAt: startAt!,
          endAt: endAt!,
          purpose: "appointment",
          title: reservationTitle(service, counselorName!),
          status: "held",
          holdExpiresAt,
          residentId,
          sourceType: "appointment",
          sourceId: id,
        });
        ctx.db.update(appointments).set({ reservationId: reservation.id }).where(eq(appointments.id, id)).run();
      }
      recordEvent(ctx, id, null, "requested", "request");
      notifyAppointmentChange(ctx.db, id, "requested", ctx.actor.userId, ctx.now);
      auditAppointment(ctx, "appointment.request", id, {
        mode,
        serviceId: service.id,
        counselorId: input.counselorId ?? null,
        residentId,
        onBehalf: !forSelf,
        roomId,
      });
      return {
        id,
        status: "requested" as const,
        mode,
        serviceId: service.id,
        counselorId: input.counselorId ?? null,
        startAt,
        endAt,
        holdExpiresAt,
        roomId,
        replayed: false,
      };
    },
    { behavior: "immediate" },
  );
}
