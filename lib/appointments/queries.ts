import { and, asc, count, desc, eq, gt, gte, inArray, isNull, lt, ne, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import {
  appointmentAlerts,
  appointmentEvents,
  appointments,
  reservations,
  residents,
  rooms,
  services,
  sessionRecords,
  users,
  type AppointmentMode,
  type AppointmentSource,
  type AppointmentStatus,
  type AppointmentUrgency,
  type RiskLevel,
} from "@/db/schema";
import { hasRole } from "../auth/actor";
import type { Ctx } from "../context";
import { appError, forbidden, notFound } from "../errors";
import { t } from "../i18n/messages";
import { contains } from "../search";
import { addLocalDays, startOfLocalDay } from "../time";
import { auditAppointment } from "./internal";
import { canBookForOthers, canSeeAppointment, canUseAppointments, isResidentActor, nextActions, type NextActions } from "./policy";

const counselorUser = alias(users, "counselor_user");
const eventActor = alias(users, "event_actor");

export interface AppointmentListItem {
  id: number;
  status: AppointmentStatus;
  mode: AppointmentMode;
  urgency: AppointmentUrgency;
  service: { id: number; name: string; durationMinutes: number };
  counselor: { id: number; name: string } | null;
  resident: { id: number; name: string };
  startAt: Date | null;
  endAt: Date | null;
  holdExpiresAt: Date | null;
  room: { id: number; name: string } | null;
  preferredTimes: string[];
  /** Where the request came from: made directly, or referred by a hotline call / a care visit (with its id). */
  source: { type: AppointmentSource; id: number | null };
  createdAt: Date;
  version: number;
}

const listColumns = {
  id: appointments.id,
  status: appointments.status,
  mode: appointments.mode,
  urgency: appointments.urgency,
  serviceId: services.id,
  serviceName: services.name,
  durationMinutes: services.durationMinutes,
  counselorId: appointments.counselorId,
  counselorName: counselorUser.name,
  residentId: residents.id,
  residentName: residents.name,
  startAt: appointments.startAt,
  endAt: appointments.endAt,
  holdExpiresAt: appointments.holdExpiresAt,
  roomId: reservations.roomId,
  roomName: rooms.name,
  reservationStatus: reservations.status,
  preferredTimes: appointments.preferredTimes,
  source: appointments.source,
  sourceId: appointments.sourceId,
  createdAt: appointments.createdAt,
  version: appointments.version,
};

function selectList(ctx: Ctx) {
  return ctx.db
    .select(listColumns)
    .from(appointments)
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .innerJoin(residents, eq(residents.id, appointments.residentId))
    .leftJoin(counselorUser, eq(counselorUser.id, appointments.counselorId))
    .leftJoin(reservations, eq(reservations.id, appointments.reservationId))
    .leftJoin(rooms, eq(rooms.id, reservations.roomId));
}

type ListRow = Awaited<ReturnType<ReturnType<typeof selectList>["all"]>>[number];

function toItem(r: ListRow): AppointmentListItem {
  return {
    id: r.id,
    status: r.status,
    mode: r.mode,
    urgency: r.urgency,
    service: { id: r.serviceId, name: r.serviceName, durationMinutes: r.durationMinutes },
    counselor: r.counselorId !== null && r.counselorName !== null ? { id: r.counselorId, name: r.counselorName } : null,
    resident: { id: r.residentId, name: r.residentName },
    startAt: r.startAt,
    endAt: r.endAt,
    holdExpiresAt: r.holdExpiresAt,
    room: r.roomId !== null && r.roomName !== null && r.reservationStatus !== "cancelled" ? { id: r.roomId, name: r.roomName } : null,
    preferredTimes: r.preferredTimes,
    source: { type: r.source, id: r.sourceId },
    createdAt: r.createdAt,
    version: r.version,
  };
}

/** The rows a caller may list: admin all, counsellor their own, resident their own. */
function ownScope(ctx: Ctx): SQL | undefined {
  if (!canUseAppointments(ctx.actor)) throw forbidden();
  if (hasRole(ctx.actor, "admin")) return undefined;
  if (hasRole(ctx.actor, "counselor")) return eq(appointments.counselorId, ctx.actor.userId);
  return eq(appointments.residentId, ctx.actor.residentId!);
}

const sortAt = sql<number>`coalesce(${appointments.startAt}, ${appointments.createdAt})`;

export interface ListAppointmentsFilter {
  status?: AppointmentStatus;
  mode?: AppointmentMode;
  counselorId?: number;
  residentId?: number;
  serviceId?: number;
  /** [start, end) on the session time. */
  start?: Date;
  end?: Date;
  /** Resident name (staff only). */
  q?: string;
  limit: number;
  cursor?: string;
}

/** Appointments the caller may see, newest session (or request) first, keyset-paged. Never the need text or session notes. */
export function listAppointments(ctx: Ctx, f: ListAppointmentsFilter): { items: AppointmentListItem[]; nextCursor: string | null } {
  const scope = ownScope(ctx);
  let after: SQL | undefined;
  if (f.cursor) {
    const m = /^(\d{1,15})_(\d{1,12})$/.exec(f.cursor);
    if (!m) throw appError("validation", undefined, { cursor: [t("appointments.field.cursor")] });
    const at = Number(m[1]);
    const id = Number(m[2]);
    after = or(lt(sortAt, at), and(eq(sortAt, at), lt(appointments.id, id)));
  }
  const where = and(
    scope,
    f.status ? eq(appointments.status, f.status) : undefined,
    f.mode ? eq(appointments.mode, f.mode) : undefined,
    f.counselorId ? eq(appointments.counselorId, f.counselorId) : undefined,
    f.residentId ? eq(appointments.residentId, f.residentId) : undefined,
    f.serviceId ? eq(appointments.serviceId, f.serviceId) : undefined,
    f.start ? gte(appointments.startAt, f.start) : undefined,
    f.end ? lt(appointments.startAt, f.end) : undefined,
    f.q && !isResidentActor(ctx.actor) ? contains(residents.name, f.q) : undefined,
    after,
  );
  const rows = selectList(ctx)
    .where(where)
    .orderBy(desc(sortAt), desc(appointments.id))
    .limit(f.limit + 1)
    .all();
  const items = rows.slice(0, f.limit).map(toItem);
  const last = rows.length > f.limit ? rows[f.limit - 1] : null;
  return { items, nextCursor: last ? `${(last.startAt ?? last.createdAt).getTime()}_${last.id}` : null };
}

/**
 * The triage queue: requests waiting for a counsellor's or the centre's decision, most urgent and
 * then oldest first. Admin: all; counsellor: unassigned ones and their own.
 */
export function triageQueue(ctx: Ctx, limit = 100): AppointmentListItem[] {
  if (!canBookForOthers(ctx.actor)) throw forbidden();
  const mine = hasRole(ctx.actor, "admin") ? undefined : or(isNull(appointments.counselorId), eq(appointments.counselorId, ctx.actor.userId));
  const urgency = sql<number>`case ${appointments.urgency} when 'urgent' then 0 when 'soon' then 1 else 2 end`;
  return selectList(ctx)
    .where(and(eq(appointments.status, "requested"), mine))
    .orderBy(asc(urgency), asc(appointments.createdAt), asc(appointments.id))
    .limit(limit)
    .all()
    .map(toItem);
}

export function triageCount(ctx: Ctx): number {
  if (!canBookForOthers(ctx.actor)) return 0;
  const mine = hasRole(ctx.actor, "admin") ? undefined : or(isNull(appointments.counselorId), eq(appointments.counselorId, ctx.actor.userId));
  return ctx.db.select({ n: count() }).from(appointments).where(and(eq(appointments.status, "requested"), mine)).get()?.n ?? 0;
}

export interface AppointmentEventView {
  id: number;
  at: Date;
  actor: string | null;
  from: AppointmentStatus | null;
  to: AppointmentStatus;
  action: string;
  reason: string | null;
}

export interface AppointmentDetail extends AppointmentListItem {
  /** The resident's own words about the need (订单式) or a note with the request. */
  need: string | null;
  cancelReason: string | null;
  declineReason: string | null;
  residentPhone: string | null;
  requiredSpecialty: string | null;
  hasSessionRecord: boolean;
  /** Whether the caller wrote the record (and so may read and edit it without a reason). */
  isRecordAuthor: boolean;
  events: AppointmentEventView[];
  actions: NextActions;
}

function maskPhone(phone: string | null): string | null {
  if (!phone) return null;
  return phone.length <= 7 ? `${"*".repeat(Math.max(phone.length - 4, 0))}${phone.slice(-4)}` : `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

/**
 * One appointment for someone who may see it (404 otherwise), without the session record's text —
 * only whether one exists. A staff member's read is audited (the need is sensitive).
 */
export function getAppointment(ctx: Ctx, id: number): AppointmentDetail {
  if (!canUseAppointments(ctx.actor)) throw forbidden();
  const row = selectList(ctx).where(eq(appointments.id, id)).get();
  if (!row || !canSeeAppointment(ctx.actor, { residentId: row.residentId, counselorId: row.counselorId, status: row.status, startAt: row.startAt, endAt: row.endAt })) throw notFound();
  const extra = ctx.db
    .select({
      need: appointments.need,
      cancelReason: appointments.cancelReason,
      declineReason: appointments.declineReason,
      phone: residents.phone,
      requiredSpecialty: services.requiredSpecialty,
    })
    .from(appointments)
    .innerJoin(residents, eq(residents.id, appointments.residentId))
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .where(eq(appointments.id, id))
    .get()!;
  const record = ctx.db.select({ authorId: sessionRecords.authorId }).from(sessionRecords).where(eq(sessionRecords.appointmentId, id)).get();
  const events = ctx.db
    .select({ id: appointmentEvents.id, at: appointmentEvents.at, actor: eventActor.name, from: appointmentEvents.fromStatus, to: appointmentEvents.toStatus, action: appointmentEvents.action, reason: appointmentEvents.reason })
    .from(appointmentEvents)
    .leftJoin(eventActor, eq(eventActor.id, appointmentEvents.actorId))
    .where(eq(appointmentEvents.appointmentId, id))
    .orderBy(asc(appointmentEvents.at), asc(appointmentEvents.id))
    .all();
  const item = toItem(row);
  const resident = isResidentActor(ctx.actor);
  if (!resident) auditAppointment(ctx, "appointment.read", id);
  return {
    ...item,
    need: extra.need,
    cancelReason: extra.cancelReason,
    declineReason: extra.declineReason,
    residentPhone: resident ? null : maskPhone(extra.phone),
    requiredSpecialty: extra.requiredSpecialty,
    hasSessionRecord: Boolean(record),
    isRecordAuthor: record?.authorId === ctx.actor.userId,
    // A resident sees who changed what, but not staff names.
    events: events.map((e) => ({ ...e, actor: resident ? null : e.actor })),
    actions: nextActions(ctx.actor, { residentId: row.residentId, counselorId: row.counselorId, status: row.status, startAt: row.startAt, endAt: row.endAt }, ctx.now),
  };
}

/** A counsellor's own sessions (admin: anyone's) in [start, end), for the day and week calendar. */
export function counselorSchedule(ctx: Ctx, counselorId: number, range: { start: Date; end: Date }): AppointmentListItem[] {
  if (!(hasRole(ctx.actor, "admin") || (hasRole(ctx.actor, "counselor") && counselorId === ctx.actor.userId))) throw forbidden();
  return selectList(ctx)
    .where(
      and(
        eq(appointments.counselorId, counselorId),
        inArray(appointments.status, ["requested", "confirmed", "checked_in", "completed", "no_show"]),
        lt(appointments.startAt, range.end),
        gt(appointments.endAt, range.start),
      ),
    )
    .orderBy(asc(appointments.startAt))
    .all()
    .map(toItem)
    .filter((a) => a.status !== "requested" || (a.holdExpiresAt !== null && a.holdExpiresAt > ctx.now));
}

/** Today's sessions: the counsellor's own; an admin's view is the whole centre. */
export function todaysSessions(ctx: Ctx): AppointmentListItem[] {
  if (!canBookForOthers(ctx.actor)) throw forbidden();
  const start = startOfLocalDay(ctx.now);
  const end = addLocalDays(start, 1);
  const mine = hasRole(ctx.actor, "admin") ? undefined : eq(appointments.counselorId, ctx.actor.userId);
  return selectList(ctx)
    .where(and(mine, inArray(appointments.status, ["confirmed", "checked_in", "completed", "no_show"]), gte(appointments.startAt, start), lt(appointments.startAt, end)))
    .orderBy(asc(appointments.startAt))
    .limit(50)
    .all()
    .map(toItem);
}

/** A resident's own appointments for the portal: everything, newest first. */
export function myAppointments(ctx: Ctx, limit = 100): AppointmentListItem[] {
  if (!isResidentActor(ctx.actor)) throw forbidden();
  return listAppointments(ctx, { limit }).items;
}

export interface AlertView {
  id: number;
  appointmentId: number;
  riskLevel: RiskLevel;
  createdAt: Date;
  raisedBy: string;
  residentName: string;
}

/** High-risk session alerts waiting for this admin's follow-up (no record text). */
export function myOpenAlerts(ctx: Ctx): AlertView[] {
  if (!hasRole(ctx.actor, "admin")) return [];
  const raiser = alias(users, "raiser");
  return ctx.db
    .select({ id: appointmentAlerts.id, appointmentId: appointmentAlerts.appointmentId, riskLevel: appointmentAlerts.riskLevel, createdAt: appointmentAlerts.createdAt, raisedBy: raiser.name, residentName: residents.name })
    .from(appointmentAlerts)
    .innerJoin(raiser, eq(raiser.id, appointmentAlerts.raisedBy))
    .innerJoin(appointments, eq(appointments.id, appointmentAlerts.appointmentId))
    .innerJoin(residents, eq(residents.id, appointments.residentId))
    .where(and(eq(appointmentAlerts.recipientId, ctx.actor.userId), isNull(appointmentAlerts.handledAt)))
    .orderBy(desc(appointmentAlerts.createdAt))
    .limit(20)
    .all();
}

export interface ServiceView {
  id: number;
  name: string;
  description: string | null;
  durationMinutes: number;
  roomIds: number[];
  requiredSpecialty: string | null;
  active: boolean;
}

const serviceColumns = {
  id: services.id,
  name: services.name,
  description: services.description,
  durationMinutes: services.durationMinutes,
  roomIds: services.roomIds,
  requiredSpecialty: services.requiredSpecialty,
  active: services.active,
};

/** The catalogue; inactive services only for the admin who may reopen them. */
export function listServices(ctx: Ctx, opts: { includeInactive?: boolean } = {}): ServiceView[] {
  const all = opts.includeInactive && hasRole(ctx.actor, "admin");
  return ctx.db
    .select(serviceColumns)
    .from(services)
    .where(all ? undefined : eq(services.active, true))
    .orderBy(asc(services.sortOrder), asc(services.id))
    .all();
}

export function getService(ctx: Ctx, id: number): ServiceView {
  const s = ctx.db.select(serviceColumns).from(services).where(eq(services.id, id)).get();
  if (!s || (!s.active && !hasRole(ctx.actor, "admin"))) throw notFound();
  return s;
}

/** Residents to book for, by name or phone (staff who book on others' behalf); phones masked. */
export function searchResidents(ctx: Ctx, q: string): { id: number; name: string; birthYear: number | null; community: string | null; maskedPhone: string | null }[] {
  if (!canBookForOthers(ctx.actor)) throw forbidden();
  const digits = q.replace(/\D/g, "");
  return ctx.db
    .select({ id: residents.id, name: residents.name, birthYear: residents.birthYear, community: residents.community, phone: residents.phone })
    .from(residents)
    .where(or(contains(residents.name, q), digits.length >= 3 ? contains(residents.phone, digits) : undefined))
    .orderBy(asc(residents.name), asc(residents.id))
    .limit(10)
    .all()
    .map(({ phone, ...r }) => ({ ...r, maskedPhone: maskPhone(phone) }));
}

export function residentName(ctx: Ctx, id: number): { id: number; name: string; maskedPhone: string | null } {
  if (!canBookForOthers(ctx.actor)) throw forbidden();
  const r = ctx.db.select({ id: residents.id, name: residents.name, phone: residents.phone }).from(residents).where(eq(residents.id, id)).get();
  if (!r) throw notFound();
  return { id: r.id, name: r.name, maskedPhone: maskPhone(r.phone) };
}

/** Rooms by id, for showing a service's rooms and the room picker. */
export function roomNames(ctx: Ctx, ids: readonly number[]): { id: number; name: string }[] {
  if (ids.length === 0) return [];
  const rows = ctx.db.select({ id: rooms.id, name: rooms.name }).from(rooms).where(inArray(rooms.id, [...ids])).all();
  return ids.map((id) => rows.find((r) => r.id === id)).filter((r): r is { id: number; name: string } => Boolean(r));
}

export function allRooms(ctx: Ctx): { id: number; name: string }[] {
  return ctx.db.select({ id: rooms.id, name: rooms.name }).from(rooms).where(ne(rooms.active, false)).orderBy(asc(rooms.sortOrder)).all();
}
