import { and, asc, eq, gt, inArray, lt, lte, or } from "drizzle-orm";
import { hotlineAlerts, hotlineCalls, hotlineShifts, hotlineShiftStaff, residents, userRoles, users } from "@/db/schema";
import type { Db } from "@/db/client";
import { auditAs, type AuditEntry } from "../audit/audit";
import type { Ctx } from "../context";
import { appError, notFound } from "../errors";
import { t } from "../i18n/messages";
import { notifyImminentCall } from "../notifications/area-events";
import { rosterWarnings, type RosterWarning } from "./policy";

export function auditHotline(ctx: Ctx, action: string, entityType: string, entityId: number | null, details?: AuditEntry["details"], outcome: AuditEntry["outcome"] = "success") {
  auditAs(ctx, { action, entityType, entityId, details, outcome });
}

/** The columns a use case needs to decide about a call; never the summary. */
export function callHead(ctx: Ctx, id: number) {
  const row = ctx.db
    .select({
      id: hotlineCalls.id,
      status: hotlineCalls.status,
      operatorId: hotlineCalls.operatorId,
      riskLevel: hotlineCalls.riskLevel,
      startedAt: hotlineCalls.startedAt,
      followUpAt: hotlineCalls.followUpAt,
      followUpDoneAt: hotlineCalls.followUpDoneAt,
      residentId: hotlineCalls.residentId,
    })
    .from(hotlineCalls)
    .where(eq(hotlineCalls.id, id))
    .get();
  // Another operator's draft is nobody else's business.
  if (!row || (row.status === "draft" && row.operatorId !== ctx.actor.userId)) throw notFound();
  return row;
}

export function assertResidentExists(ctx: Ctx, residentId: number | undefined | null): void {
  if (residentId == null) return;
  const found = ctx.db.select({ id: residents.id }).from(residents).where(eq(residents.id, residentId)).get();
  if (!found) throw appError("validation", undefined, { residentId: [t("hotline.error.unknownResident")] });
}

export interface ShiftWithStaff {
  id: number;
  startAt: Date;
  endAt: Date;
  notes: string | null;
  staff: { id: number; name: string }[];
}

/** Shifts overlapping [start, end), with their staff, in start order. */
export function shiftsOverlapping(db: Db, start: Date, end: Date, opts: { limit?: number; after?: { at: Date; id: number } } = {}): ShiftWithStaff[] {
  const conds = [lt(hotlineShifts.startAt, end), gt(hotlineShifts.endAt, start)];
  const rows = db
    .select({ id: hotlineShifts.id, startAt: hotlineShifts.startAt, endAt: hotlineShifts.endAt, notes: hotlineShifts.notes })
    .from(hotlineShifts)
    .where(and(...conds, opts.after ? afterShift(opts.after) : undefined))
    .orderBy(asc(hotlineShifts.startAt), asc(hotlineShifts.id))
    .limit(opts.limit ?? 1000)
    .all();
  return withStaff(db, rows);
}

// Keyset: (startAt, id) after the cursor's.
function afterShift(c: { at: Date; id: number }) {
  return or(gt(hotlineShifts.startAt, c.at), and(eq(hotlineShifts.startAt, c.at), gt(hotlineShifts.id, c.id)));
}

export function withStaff<T extends { id: number }>(db: Db, rows: T[]): (T & { staff: { id: number; name: string }[] })[] {
  if (rows.length === 0) return [];
  const staff = db
    .select({ shiftId: hotlineShiftStaff.shiftId, id: users.id, name: users.name })
    .from(hotlineShiftStaff)
    .innerJoin(users, eq(users.id, hotlineShiftStaff.userId))
    .where(inArray(hotlineShiftStaff.shiftId, rows.map((r) => r.id)))
    .orderBy(asc(users.name))
    .all();
  const by = new Map<number, { id: number; name: string }[]>();
  for (const s of staff) by.set(s.shiftId, [...(by.get(s.shiftId) ?? []), { id: s.id, name: s.name }]);
  return rows.map((r) => ({ ...r, staff: by.get(r.id) ?? [] }));
}

/**
 * An imminent-risk call is raised to every active admin and to the other staff on duty now (or,
 * when nobody is rostered now, on the shift the call started in). Idempotent per recipient.
 */
export function raiseImminentAlert(ctx: Ctx, callId: number, startedAt: Date): number[] {
  const onDuty = (at: Date) =>
    ctx.db
      .select({ id: hotlineShiftStaff.userId })
      .from(hotlineShiftStaff)
      .innerJoin(hotlineShifts, eq(hotlineShifts.id, hotlineShiftStaff.shiftId))
      .where(and(lte(hotlineShifts.startAt, at), gt(hotlineShifts.endAt, at)))
      .all()
      .map((r) => r.id);
  let duty = onDuty(ctx.now);
  if (duty.length === 0) duty = onDuty(startedAt);
  const admins = ctx.db
    .select({ id: userRoles.userId })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(and(eq(userRoles.role, "admin"), eq(users.active, true)))
    .all()
    .map((r) => r.id);
  const recipients = [...new Set([...admins, ...duty])].filter((id) => id !== ctx.actor.userId).sort((a, b) => a - b);
  const fresh: number[] = [];
  for (const recipientId of recipients) {
    const r = ctx.db
      .insert(hotlineAlerts)
      .values({ callId, recipientId, raisedBy: ctx.actor.userId, createdAt: ctx.now })
      .onConflictDoNothing()
      .run();
    if (r.changes > 0) {
      fresh.push(recipientId);
      notifyImminentCall(ctx.db, recipientId, callId, ctx.now);
    }
  }
  if (fresh.length > 0) auditHotline(ctx, "hotline.imminent_alert", "hotline_call", callId, { recipients: fresh });
  return fresh;
}

/** Every id must be an active user with the hotline role; otherwise a field error on staffIds. */
export function assertHotlineStaff(ctx: Ctx, ids: number[]): void {
  if (ids.length === 0) return;
  const ok = ctx.db
    .select({ id: users.id })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "hotline")))
    .where(and(inArray(users.id, ids), eq(users.active, true)))
    .all();
  if (ok.length !== ids.length) throw appError("validation", undefined, { staffIds: [t("hotline.error.notHotlineStaff")] });
}

export function writeShiftStaff(ctx: Ctx, shiftId: number, staffIds: number[]): void {
  ctx.db.delete(hotlineShiftStaff).where(eq(hotlineShiftStaff.shiftId, shiftId)).run();
  if (staffIds.length) ctx.db.insert(hotlineShiftStaff).values(staffIds.map((userId) => ({ shiftId, userId }))).run();
}

/** The warnings that concern the given shifts, looking a day either side for overlaps. */
export function warningsFor(ctx: Ctx, shiftIds: number[], start: Date, end: Date): RosterWarning[] {
  const around = shiftsOverlapping(ctx.db, new Date(start.getTime() - 86_400_000), new Date(end.getTime() + 86_400_000));
  const ids = new Set(shiftIds);
  return rosterWarnings(around).filter((w) => ids.has(w.shiftId));
}
