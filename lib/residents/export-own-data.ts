import { asc, eq } from "drizzle-orm";
import { activities, activitySignups, assessments, rooms } from "@/db/schema";
import { auditAs } from "../audit/audit";
import { hasRole, isStaff } from "../auth/actor";
import type { Ctx } from "../context";
import { forbidden } from "../errors";
import { listAppointments } from "../appointments/queries";
import { listReservations } from "../rooms/queries";
import { getOwnResidentProfile } from "./queries";

/**
 * Everything the centre holds that a resident may see about themselves (PIPL Art. 45: the right to
 * a copy): their register entry and consent, appointments, room bookings, activity sign-ups and
 * self-assessments. Built field by field: what staff wrote about them (session records, hotline
 * calls, care visits, mediation files) is not part of this copy and is requested at the centre.
 * The export is audited.
 */
export interface OwnDataExport {
  exportedAt: Date;
  profile: ReturnType<typeof getOwnResidentProfile>;
  appointments: { id: number; service: string; status: string; mode: string; startAt: Date | null; endAt: Date | null; counselor: string | null; room: string | null; requestedAt: Date }[];
  reservations: { id: number; roomId: number; startAt: Date; endAt: Date; status: string; purpose: string }[];
  activities: { activityId: number; title: string; room: string; startAt: Date; signup: string; signedUpAt: Date; attendedAt: Date | null }[];
  assessments: { id: number; scale: string; score: number; band: string; at: Date }[];
}

export function exportOwnData(ctx: Ctx): OwnDataExport {
  if (!hasRole(ctx.actor, "resident") || isStaff(ctx.actor) || ctx.actor.residentId === null) throw forbidden();
  const residentId = ctx.actor.residentId;
  const profile = getOwnResidentProfile(ctx);

  // Both lists are the resident's own (the queries scope a resident to their records); read every page.
  const appointments: OwnDataExport["appointments"] = [];
  let cursor: string | undefined;
  do {
    const page = listAppointments(ctx, { limit: 200, cursor });
    for (const a of page.items)
      appointments.push({ id: a.id, service: a.service.name, status: a.status, mode: a.mode, startAt: a.startAt, endAt: a.endAt, counselor: a.counselor?.name ?? null, room: a.room?.name ?? null, requestedAt: a.createdAt });
    cursor = page.nextCursor ?? undefined;
  } while (cursor);

  const reservations: OwnDataExport["reservations"] = [];
  do {
    const page = listReservations(ctx, { mine: true, limit: 200, cursor });
    for (const r of page.items) reservations.push({ id: r.id, roomId: r.roomId, startAt: r.startAt, endAt: r.endAt, status: r.status, purpose: r.purpose });
    cursor = page.nextCursor ?? undefined;
  } while (cursor);

  const signups = ctx.db
    .select({ activityId: activities.id, title: activities.title, room: rooms.name, startAt: activities.startAt, signup: activitySignups.status, signedUpAt: activitySignups.createdAt, attendedAt: activitySignups.attendanceAt })
    .from(activitySignups)
    .innerJoin(activities, eq(activities.id, activitySignups.activityId))
    .innerJoin(rooms, eq(rooms.id, activities.roomId))
    .where(eq(activitySignups.residentId, residentId))
    .orderBy(asc(activities.startAt))
    .all();

  const own = ctx.db
    .select({ id: assessments.id, scale: assessments.scale, score: assessments.score, band: assessments.band, at: assessments.createdAt })
    .from(assessments)
    .where(eq(assessments.residentId, residentId))
    .orderBy(asc(assessments.createdAt))
    .all();

  auditAs(ctx, {
    action: "resident.data_exported",
    entityType: "resident",
    entityId: residentId,
    details: { appointments: appointments.length, reservations: reservations.length, activities: signups.length, assessments: own.length },
  });
  return { exportedAt: ctx.now, profile, appointments, reservations, activities: signups, assessments: own };
}
