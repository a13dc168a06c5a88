import { and, eq } from "drizzle-orm";
import { appointmentEvents, appointments, reservations, rooms, services, type AppointmentStatus } from "@/db/schema";
import { auditAs, type AuditEntry } from "../audit/audit";
import type { Ctx } from "../context";
import { AppError, appError, forbidden, notFound } from "../errors";
import { label, t } from "../i18n/messages";
import { cancelInTransaction, confirmInTransaction, loadReservation, moveInTransaction, reserveInTransaction, slotProblem, type EngineRoom } from "../rooms/engine";
import { canSeeAppointment, canUseAppointments, LEGAL_FROM } from "./policy";
import { counselorTimeProblem, eligibleCounselors, type EligibleCounselor } from "./slots";

const MINUTE = 60_000;

export function auditAppointment(ctx: Ctx, action: string, id: number | null, details?: AuditEntry["details"], opts: { outcome?: AuditEntry["outcome"]; reason?: string | null; entityType?: string } = {}) {
  auditAs(ctx, { action, entityType: opts.entityType ?? "appointment", entityId: id, details, outcome: opts.outcome ?? "success", reason: opts.reason ?? null });
}

export function recordEvent(ctx: Ctx, appointmentId: number, from: AppointmentStatus | null, to: AppointmentStatus, action: string, reason?: string | null) {
  ctx.db.insert(appointmentEvents).values({ appointmentId, actorId: ctx.actor.userId, at: ctx.now, fromStatus: from, toStatus: to, action, reason: reason ?? null }).run();
}

const headColumns = {
  id: appointments.id,
  residentId: appointments.residentId,
  serviceId: appointments.serviceId,
  counselorId: appointments.counselorId,
  startAt: appointments.startAt,
  endAt: appointments.endAt,
  status: appointments.status,
  mode: appointments.mode,
  holdExpiresAt: appointments.holdExpiresAt,
  reservationId: appointments.reservationId,
  version: appointments.version,
};

export type Head = {
  id: number;
  residentId: number;
  serviceId: number;
  counselorId: number | null;
  startAt: Date | null;
  endAt: Date | null;
  status: AppointmentStatus;
  mode: "slot" | "order";
  holdExpiresAt: Date | null;
  reservationId: number | null;
  version: number;
};

/** The columns a use case decides on — never the need text. 404 when the caller may not see it. */
export function loadHead(ctx: Ctx, id: number): Head {
  if (!canUseAppointments(ctx.actor)) throw forbidden();
  const row = ctx.db.select(headColumns).from(appointments).where(eq(appointments.id, id)).get();
  if (!row || !canSeeAppointment(ctx.actor, row)) throw notFound();
  return row;
}

export function assertLegal(head: Head, change: keyof typeof LEGAL_FROM): void {
  if (!LEGAL_FROM[change].includes(head.status)) throw appError("conflict", t("appointments.error.illegal", { status: label("appointmentStatus", head.status) }));
}

export function assertVersion(head: Head, version: number | undefined): void {
  if (version !== undefined && version !== head.version) throw appError("conflict", t("appointments.error.stale"));
}

export interface ServiceRow {
  id: number;
  name: string;
  durationMinutes: number;
  roomIds: number[];
  requiredSpecialty: string | null;
  active: boolean;
}

export function loadService(ctx: Ctx, id: number, field = "serviceId"): ServiceRow {
  const s = ctx.db
    .select({ id: services.id, name: services.name, durationMinutes: services.durationMinutes, roomIds: services.roomIds, requiredSpecialty: services.requiredSpecialty, active: services.active })
    .from(services)
    .where(eq(services.id, id))
    .get();
  if (!s) throw appError("validation", undefined, { [field]: [t("appointments.error.unknownService")] });
  return s;
}

/** Writes the new state, bumping the version; the `where` on the old version makes a lost update impossible. */
export function updateAppointment(ctx: Ctx, head: Head, set: Partial<typeof appointments.$inferInsert>): number {
  const version = head.version + 1;
  const res = ctx.db
    .update(appointments)
    .set({ ...set, version, updatedAt: ctx.now })
    .where(and(eq(appointments.id, head.id), eq(appointments.version, head.version)))
    .run();
  if (res.changes !== 1) throw appError("conflict", t("appointments.error.stale"));
  return version;
}

/** 422 for a time no one could book (past, off the 5-minute grid); the counsellor's side as 409. */
export function assertBookableTime(ctx: Ctx, startAt: Date, field = "startAt"): void {
  if (startAt.getTime() <= ctx.now.getTime()) throw appError("validation", t("appointments.error.past"), { [field]: [t("appointments.error.past")] });
  if (startAt.getTime() % (5 * MINUTE) !== 0) throw appError("validation", t("rooms.error.notOnGrid"), { [field]: [t("rooms.error.notOnGrid")] });
}

export function assertCounselorFree(ctx: Ctx, counselorId: number, startAt: Date, endAt: Date, excludeAppointmentId?: number): void {
  const problem = counselorTimeProblem(ctx, counselorId, startAt, endAt, excludeAppointmentId);
  if (problem === "unavailable") throw appError("conflict", t("appointments.error.counselorUnavailable"));
  if (problem === "busy") throw appError("conflict", t("appointments.error.counselorBusy"));
}

const engineRoomColumns = {
  id: rooms.id,
  name: rooms.name,
  mode: rooms.mode,
  capacity: rooms.capacity,
  openingHours: rooms.openingHours,
  minMinutes: rooms.minMinutes,
  maxMinutes: rooms.maxMinutes,
  active: rooms.active,
  residentBookable: rooms.residentBookable,
};

/**
 * The room for a session: the one asked for (it must be one of the service's rooms), or the first
 * of the service's rooms the booking engine accepts for the time. 409 with the engine's reason
 * when none is free.
 */
export function chooseRoom(ctx: Ctx, service: ServiceRow, startAt: Date, endAt: Date, opts: { roomId?: number; excludeReservationIds?: number[] } = {}): EngineRoom {
  if (opts.roomId !== undefined && !service.roomIds.includes(opts.roomId)) {
    throw appError("validation", t("appointments.error.roomNotForService"), { roomId: [t("appointments.error.roomNotForService")] });
  }
  const candidates = opts.roomId !== undefined ? [opts.roomId] : service.roomIds;
  let first: string | null = null;
  for (const id of candidates) {
    const room = ctx.db.select(engineRoomColumns).from(rooms).where(eq(rooms.id, id)).get();
    if (!room) continue;
    const problem = slotProblem(ctx, room, startAt, endAt, 1, opts.excludeReservationIds ?? []);
    if (!problem) return room;
    first ??= problem.message;
  }
  throw appError("conflict", first ? t("appointments.error.noRoomBecause", { reason: first }) : t("appointments.error.noRoom"));
}

/** Frees a reservation that still blocks (or could block) its room; ended or cancelled ones are left alone. */
export function releaseReservation(ctx: Ctx, reservationId: number | null, reason: string | null): void {
  if (!reservationId) return;
  const r = ctx.db.select({ status: reservations.status, endAt: reservations.endAt }).from(reservations).where(eq(reservations.id, reservationId)).get();
  if (!r || r.status === "cancelled" || r.endAt.getTime() <= ctx.now.getTime()) return;
  cancelInTransaction(ctx, reservationId, { reason });
}

export function reservationTitle(service: ServiceRow, counselorName: string): string {
  return `${service.name} · ${counselorName}`.slice(0, 60);
}

/**
 * The confirmed room of a session at [startAt, endAt): the held reservation confirmed where it can
 * be (same time, same or any room), otherwise released and a new one booked through the engine.
 */
export function confirmRoom(ctx: Ctx, head: Head, service: ServiceRow, startAt: Date, endAt: Date, title: string, roomId?: number): { reservationId: number; roomId: number } {
  if (head.reservationId) {
    const r = loadReservation(ctx, head.reservationId);
    const sameTime = r.startAt.getTime() === startAt.getTime() && r.endAt.getTime() === endAt.getTime();
    if (r.status !== "cancelled" && sameTime && (roomId === undefined || roomId === r.roomId) && service.roomIds.includes(r.roomId)) {
      try {
        const confirmed = confirmInTransaction(ctx, r.id);
        return { reservationId: confirmed.id, roomId: confirmed.roomId };
      } catch (e) {
        // A lapsed hold whose room was taken meanwhile: another of the service's rooms may do.
        if (!(e instanceof AppError) || e.code !== "conflict") throw e;
      }
    }
    releaseReservation(ctx, r.id, t("appointments.reason.rematched"));
  }
  const room = chooseRoom(ctx, service, startAt, endAt, { roomId });
  const reservation = reserveInTransaction(ctx, {
    roomId: room.id,
    startAt,
    endAt,
    purpose: "appointment",
    title,
    status: "confirmed",
    residentId: head.residentId,
    sourceType: "appointment",
    sourceId: head.id,
  });
  return { reservationId: reservation.id, roomId: room.id };
}

/** Moves a confirmed session's reservation to a new time (and maybe room), checked like a new booking. */
export function moveRoom(ctx: Ctx, head: Head, service: ServiceRow, startAt: Date, endAt: Date, title: string, roomId?: number): { reservationId: number; roomId: number } {
  const r = head.reservationId ? loadReservation(ctx, head.reservationId) : null;
  if (!r || r.status !== "confirmed") return confirmRoom(ctx, { ...head, reservationId: null }, service, startAt, endAt, title, roomId);
  const room = chooseRoom(ctx, service, startAt, endAt, { roomId, excludeReservationIds: [r.id] });
  const moved = moveInTransaction(ctx, r.id, { startAt, endAt, roomId: room.id });
  return { reservationId: moved.id, roomId: moved.roomId };
}

/** A counsellor who may give this service now: 422 on the field otherwise (unknown, inactive, not taking appointments, lacking the specialty). */
export function loadCounselor(ctx: Ctx, id: number, service: Pick<ServiceRow, "requiredSpecialty">, field = "counselorId"): EligibleCounselor {
  const [any] = eligibleCounselors(ctx, { requiredSpecialty: null }, [id]);
  if (!any) throw appError("validation", t("appointments.error.unknownCounselor"), { [field]: [t("appointments.error.unknownCounselor")] });
  if (service.requiredSpecialty && !any.specialties.includes(service.requiredSpecialty)) {
    const message = t("appointments.error.needsSpecialty", { specialty: service.requiredSpecialty });
    throw appError("validation", message, { [field]: [message] });
  }
  return any;
}
