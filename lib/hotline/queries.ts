import { and, asc, desc, eq, exists, gt, gte, inArray, isNotNull, isNull, lt, lte, ne, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import {
  hotlineAlerts,
  hotlineCallbackAttempts,
  hotlineCalls,
  hotlineHandoverNotes,
  hotlineShifts,
  hotlineShiftStaff,
  residents,
  userRoles,
  users,
  type CallAction,
  type CallbackOutcome,
  type CallCategory,
  type CallerKind,
  type MediationDisputeType,
  type RiskLevel,
} from "@/db/schema";
import { assertRole } from "../auth/actor";
import type { Ctx } from "../context";
import { forbidden, notFound } from "../errors";
import { contains } from "../search";
import { addLocalDays, localDateRange, parseLocalDate, startOfLocalDay, startOfLocalWeek } from "../time";
import { decodeKeyset, decodeOffset, encodeKeyset, encodeOffset } from "./cursor";
import { shiftsOverlapping, withStaff, type ShiftWithStaff } from "./internal";
import { canReadCalls, canViewRoster, maskPhone, rosterWarnings, type RosterWarning } from "./policy";
import type { ListCallsInput, ListFollowUpsInput, ListShiftsInput, SearchResidentsInput } from "./schemas";

const DAY = 86_400_000;
export const REPEAT_WINDOW_MS = 30 * DAY;

function assertCallReader(ctx: Ctx) {
  if (!canReadCalls(ctx.actor)) throw forbidden();
}

// ---------------------------------------------------------------- roster

export type { ShiftWithStaff };

/** GET /api/v1/hotline/shifts: shifts overlapping the local date range (default: two weeks from today). */
export function listShifts(ctx: Ctx, input: ListShiftsInput): { items: ShiftWithStaff[]; nextCursor: string | null } {
  if (!canViewRoster(ctx.actor)) throw forbidden();
  const range = input.from && input.to ? localDateRange(input.from, input.to) : null;
  const start = range?.start ?? startOfLocalDay(ctx.now);
  const end = range?.end ?? addLocalDays(start, 14);
  const limit = input.limit ?? 200;
  const rows = shiftsOverlapping(ctx.db, start, end, { limit: limit + 1, after: decodeKeyset(input.cursor) });
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeKeyset(last.startAt, last.id) : null };
}

/** The roster of one local week (Monday to Sunday) with its warnings, for the roster page. */
export function rosterWeek(ctx: Ctx, anyDayOfWeek: Date): { weekStart: Date; shifts: ShiftWithStaff[]; warnings: RosterWarning[] } {
  if (!canViewRoster(ctx.actor)) throw forbidden();
  const weekStart = startOfLocalWeek(anyDayOfWeek);
  const weekEnd = addLocalDays(weekStart, 7);
  const shifts = shiftsOverlapping(ctx.db, weekStart, weekEnd);
  // Neighbouring shifts just outside the week can overlap ones inside it.
  const around = shiftsOverlapping(ctx.db, addLocalDays(weekStart, -1), addLocalDays(weekEnd, 1));
  const ids = new Set(shifts.map((s) => s.id));
  return { weekStart, shifts, warnings: rosterWarnings(around).filter((w) => ids.has(w.shiftId)) };
}

export function getShift(ctx: Ctx, id: number): ShiftWithStaff {
  if (!canViewRoster(ctx.actor)) throw forbidden();
  const row = ctx.db
    .select({ id: hotlineShifts.id, startAt: hotlineShifts.startAt, endAt: hotlineShifts.endAt, notes: hotlineShifts.notes })
    .from(hotlineShifts)
    .where(eq(hotlineShifts.id, id))
    .get();
  if (!row) throw notFound();
  return withStaff(ctx.db, [row])[0];
}

/** Who is on the phones right now. */
export function onDutyNow(ctx: Ctx): ShiftWithStaff[] {
  if (!canViewRoster(ctx.actor)) throw forbidden();
  return shiftsOverlapping(ctx.db, ctx.now, new Date(ctx.now.getTime() + 1));
}

/** The actor's own shifts that have not ended yet, the current one first. */
export function myComingShifts(ctx: Ctx, days = 14): ShiftWithStaff[] {
  if (!canViewRoster(ctx.actor)) throw forbidden();
  const rows = ctx.db
    .select({ id: hotlineShifts.id, startAt: hotlineShifts.startAt, endAt: hotlineShifts.endAt, notes: hotlineShifts.notes })
    .from(hotlineShifts)
    .innerJoin(hotlineShiftStaff, eq(hotlineShiftStaff.shiftId, hotlineShifts.id))
    .where(and(eq(hotlineShiftStaff.userId, ctx.actor.userId), gt(hotlineShifts.endAt, ctx.now), lt(hotlineShifts.startAt, new Date(ctx.now.getTime() + days * DAY))))
    .orderBy(asc(hotlineShifts.startAt))
    .limit(50)
    .all();
  return withStaff(ctx.db, rows);
}

/** Active users holding the hotline role: the people a shift can be staffed with. */
export function listHotlineStaff(ctx: Ctx): { id: number; name: string; username: string }[] {
  if (!canViewRoster(ctx.actor)) throw forbidden();
  return ctx.db
    .select({ id: users.id, name: users.name, username: users.username })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(userRoles.role, "hotline"), eq(users.active, true)))
    .orderBy(asc(users.username))
    .all();
}

export interface HandoverNoteView {
  id: number;
  shiftId: number;
  text: string;
  createdAt: Date;
  author: { id: number; name: string };
}

function handoverNotesOf(ctx: Ctx, shiftIds: number[]): HandoverNoteView[] {
  if (shiftIds.length === 0) return [];
  return ctx.db
    .select({ id: hotlineHandoverNotes.id, shiftId: hotlineHandoverNotes.shiftId, text: hotlineHandoverNotes.text, createdAt: hotlineHandoverNotes.createdAt, authorId: users.id, authorName: users.name })
    .from(hotlineHandoverNotes)
    .innerJoin(users, eq(users.id, hotlineHandoverNotes.authorId))
    .where(inArray(hotlineHandoverNotes.shiftId, shiftIds))
    .orderBy(asc(hotlineHandoverNotes.createdAt), asc(hotlineHandoverNotes.id))
    .all()
    .map((r) => ({ id: r.id, shiftId: r.shiftId, text: r.text, createdAt: r.createdAt, author: { id: r.authorId, name: r.authorName } }));
}

/** Handover notes can name callers: hotline staff and admin only. */
export function listHandoverNotes(ctx: Ctx, shiftId: number): HandoverNoteView[] {
  assertCallReader(ctx);
  return handoverNotesOf(ctx, [shiftId]);
}

/** Notes written on the shift that ended most recently (what the current shift inherits). */
export function previousShiftHandover(ctx: Ctx): { shift: ShiftWithStaff | null; notes: HandoverNoteView[] } {
  assertCallReader(ctx);
  const prev = ctx.db
    .select({ id: hotlineShifts.id, startAt: hotlineShifts.startAt, endAt: hotlineShifts.endAt, notes: hotlineShifts.notes })
    .from(hotlineShifts)
    .where(lte(hotlineShifts.endAt, ctx.now))
    .orderBy(desc(hotlineShifts.endAt), desc(hotlineShifts.id))
    .limit(1)
    .get();
  if (!prev) return { shift: null, notes: [] };
  return { shift: withStaff(ctx.db, [prev])[0], notes: handoverNotesOf(ctx, [prev.id]) };
}

// ---------------------------------------------------------------- calls

export interface CallListItem {
  id: number;
  startedAt: Date;
  endedAt: Date | null;
  operator: { id: number; name: string };
  callerKind: CallerKind | null;
  categories: CallCategory[];
  riskLevel: RiskLevel | null;
  resident: { id: number; name: string } | null;
  maskedPhone: string | null;
  followUpAt: Date | null;
  followUpDoneAt: Date | null;
  repeatCaller: boolean;
}

const operator = alias(users, "operator");
const other = alias(hotlineCalls, "other");

/**
 * Whether another saved call from the same caller (linked resident or phone number) lies within
 * 30 days either side of this one.
 */
function repeatCallerExpr(db: Ctx["db"]): SQL {
  return exists(
    db
      .select({ one: sql`1` })
      .from(other)
      .where(
        and(
          eq(other.status, "saved"),
          ne(other.id, hotlineCalls.id),
          or(
            and(isNotNull(hotlineCalls.residentId), eq(other.residentId, hotlineCalls.residentId)),
            and(isNotNull(hotlineCalls.callerPhone), eq(other.callerPhone, hotlineCalls.callerPhone)),
          ),
          sql`${other.startedAt} > ${hotlineCalls.startedAt} - ${REPEAT_WINDOW_MS}`,
          sql`${other.startedAt} < ${hotlineCalls.startedAt} + ${REPEAT_WINDOW_MS}`,
        ),
      ),
  );
}

const listColumns = {
  id: hotlineCalls.id,
  startedAt: hotlineCalls.startedAt,
  endedAt: hotlineCalls.endedAt,
  operatorId: operator.id,
  operatorName: operator.name,
  callerKind: hotlineCalls.callerKind,
  categories: hotlineCalls.categories,
  riskLevel: hotlineCalls.riskLevel,
  residentId: residents.id,
  residentName: residents.name,
  callerPhone: hotlineCalls.callerPhone,
  followUpAt: hotlineCalls.followUpAt,
  followUpDoneAt: hotlineCalls.followUpDoneAt,
};

/** Saved calls, newest first, filtered; no summaries (those are read one at a time, audited). */
export function listCalls(ctx: Ctx, input: ListCallsInput): { items: CallListItem[]; nextCursor: string | null } {
  assertCallReader(ctx);
  const conds: (SQL | undefined)[] = [eq(hotlineCalls.status, "saved")];
  if (input.from && input.to) {
    const range = localDateRange(input.from, input.to);
    if (range) conds.push(gte(hotlineCalls.startedAt, range.start), lt(hotlineCalls.startedAt, range.end));
  }
  if (input.category) conds.push(sql`exists (select 1 from json_each(${hotlineCalls.categories}) where json_each.value = ${input.category})`);
  if (input.risk) conds.push(eq(hotlineCalls.riskLevel, input.risk));
  if (input.operatorId) conds.push(eq(hotlineCalls.operatorId, input.operatorId));
  if (input.repeat) conds.push(repeatCallerExpr(ctx.db));
  if (input.q) {
    const digits = input.q.replace(/\D/g, "");
    conds.push(or(contains(residents.name, input.q), digits.length >= 3 ? contains(hotlineCalls.callerPhone, digits) : undefined, digits.length >= 3 ? contains(residents.phone, digits) : undefined));
  }
  const after = decodeKeyset(input.cursor);
  if (after) conds.push(or(lt(hotlineCalls.startedAt, after.at), and(eq(hotlineCalls.startedAt, after.at), lt(hotlineCalls.id, after.id))));
  const rows = ctx.db
    .select({ ...listColumns, repeat: sql<number>`${repeatCallerExpr(ctx.db)}` })
    .from(hotlineCalls)
    .innerJoin(operator, eq(operator.id, hotlineCalls.operatorId))
    .leftJoin(residents, eq(residents.id, hotlineCalls.residentId))
    .where(and(...conds))
    .orderBy(desc(hotlineCalls.startedAt), desc(hotlineCalls.id))
    .limit(input.limit + 1)
    .all();
  const items: CallListItem[] = rows.slice(0, input.limit).map((r) => ({
    id: r.id,
    startedAt: r.startedAt,
    endedAt: r.endedAt,
    operator: { id: r.operatorId, name: r.operatorName },
    callerKind: r.callerKind,
    categories: r.categories,
    riskLevel: r.riskLevel,
    resident: r.residentId != null && r.residentName != null ? { id: r.residentId, name: r.residentName } : null,
    maskedPhone: maskPhone(r.callerPhone),
    followUpAt: r.followUpAt,
    followUpDoneAt: r.followUpDoneAt,
    repeatCaller: Boolean(r.repeat),
  }));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > input.limit && last ? encodeKeyset(last.startedAt, last.id) : null };
}

export interface FollowUpItem {
  callId: number;
  followUpAt: Date;
  overdue: boolean;
  riskLevel: RiskLevel | null;
  callerKind: CallerKind | null;
  categories: CallCategory[];
  startedAt: Date;
  operator: { id: number; name: string };
  resident: { id: number; name: string } | null;
  maskedPhone: string | null;
  attempts: number;
  lastOutcome: CallbackOutcome | null;
}

const urgency = sql<number>`case ${hotlineCalls.riskLevel} when 'imminent' then 0 when 'high' then 1 else 2 end`;

/**
 * Open call-backs due before `horizon`: imminent and high first, then by due time. Without a
 * horizon, everything due before tomorrow (local).
 */
export function listFollowUps(ctx: Ctx, input: ListFollowUpsInput, horizon?: Date): { items: FollowUpItem[]; nextCursor: string | null } {
  assertCallReader(ctx);
  const before = horizon ?? (input.before ? parseLocalDate(input.before)! : addLocalDays(startOfLocalDay(ctx.now), 1));
  const offset = decodeOffset(input.cursor);
  // Per queued call, through the (call_id, at) index: the queue is short, the attempts table is not.
  const attempts = sql<number>`(SELECT count(*) FROM ${hotlineCallbackAttempts} WHERE ${hotlineCallbackAttempts.callId} = ${hotlineCalls.id})`;
  const lastOutcome = sql<CallbackOutcome | null>`(SELECT ${hotlineCallbackAttempts.outcome} FROM ${hotlineCallbackAttempts} WHERE ${hotlineCallbackAttempts.callId} = ${hotlineCalls.id} ORDER BY ${hotlineCallbackAttempts.id} DESC LIMIT 1)`;
  const rows = ctx.db
    .select({
      callId: hotlineCalls.id,
      followUpAt: hotlineCalls.followUpAt,
      riskLevel: hotlineCalls.riskLevel,
      callerKind: hotlineCalls.callerKind,
      categories: hotlineCalls.categories,
      startedAt: hotlineCalls.startedAt,
      operatorId: operator.id,
      operatorName: operator.name,
      residentId: residents.id,
      residentName: residents.name,
      callerPhone: hotlineCalls.callerPhone,
      attempts,
      lastOutcome,
    })
    .from(hotlineCalls)
    .innerJoin(operator, eq(operator.id, hotlineCalls.operatorId))
    .leftJoin(residents, eq(residents.id, hotlineCalls.residentId))
    .where(and(eq(hotlineCalls.status, "saved"), isNotNull(hotlineCalls.followUpAt), isNull(hotlineCalls.followUpDoneAt), lt(hotlineCalls.followUpAt, before)))
    .orderBy(asc(urgency), asc(hotlineCalls.followUpAt), asc(hotlineCalls.id))
    .limit(input.limit + 1)
    .offset(offset)
    .all();
  const items = rows.slice(0, input.limit).map((r) => ({
    callId: r.callId,
    followUpAt: r.followUpAt!,
    overdue: r.followUpAt! < ctx.now,
    riskLevel: r.riskLevel,
    callerKind: r.callerKind,
    categories: r.categories,
    startedAt: r.startedAt,
    operator: { id: r.operatorId, name: r.operatorName },
    resident: r.residentId != null && r.residentName != null ? { id: r.residentId, name: r.residentName } : null,
    maskedPhone: maskPhone(r.callerPhone),
    attempts: r.attempts ?? 0,
    lastOutcome: r.lastOutcome ?? null,
  }));
  return { items, nextCursor: rows.length > input.limit ? encodeOffset(offset + input.limit) : null };
}

/** Where the actor's queue ends: when the current shift ends, or tomorrow (local) when off duty. */
function shiftHorizon(ctx: Ctx): Date {
  const mine = myComingShifts(ctx, 1).find((s) => s.startAt <= ctx.now);
  const tomorrow = addLocalDays(startOfLocalDay(ctx.now), 1);
  return mine && mine.endAt > tomorrow ? mine.endAt : tomorrow;
}

/** The queue of the actor's shift: due before the current shift ends, or before tomorrow when off duty. */
export function myShiftFollowUps(ctx: Ctx): FollowUpItem[] {
  assertCallReader(ctx);
  return listFollowUps(ctx, { limit: 200 }, shiftHorizon(ctx)).items;
}

/** How many call-backs the actor's shift has to make, and how many of them are late (the home widget). */
export function myShiftFollowUpCounts(ctx: Ctx): { due: number; overdue: number } {
  assertCallReader(ctx);
  const row = ctx.db
    .select({ due: sql<number>`count(*)`, overdue: sql<number>`coalesce(sum(${hotlineCalls.followUpAt} < ${ctx.now.getTime()}), 0)` })
    .from(hotlineCalls)
    .where(and(eq(hotlineCalls.status, "saved"), isNotNull(hotlineCalls.followUpAt), isNull(hotlineCalls.followUpDoneAt), lt(hotlineCalls.followUpAt, shiftHorizon(ctx))))
    .get();
  return { due: row?.due ?? 0, overdue: row?.overdue ?? 0 };
}

/** The operator's own unfinished call forms. */
export function myDrafts(ctx: Ctx): { id: number; clientKey: string; startedAt: Date; updatedAt: Date; riskLevel: RiskLevel | null }[] {
  assertRole(ctx.actor, "hotline");
  return ctx.db
    .select({ id: hotlineCalls.id, clientKey: hotlineCalls.clientKey, startedAt: hotlineCalls.startedAt, updatedAt: hotlineCalls.updatedAt, riskLevel: hotlineCalls.riskLevel })
    .from(hotlineCalls)
    .where(and(eq(hotlineCalls.status, "draft"), eq(hotlineCalls.operatorId, ctx.actor.userId)))
    .orderBy(desc(hotlineCalls.updatedAt))
    .limit(20)
    .all()
    .map((r) => ({ ...r, clientKey: r.clientKey ?? "" }));
}

export interface DraftView {
  id: number;
  clientKey: string;
  startedAt: Date;
  endedAt: Date | null;
  callerKind: CallerKind | null;
  categories: CallCategory[];
  summary: string;
  riskLevel: RiskLevel | null;
  actions: CallAction[];
  followUpAt: Date | null;
  resident: { id: number; name: string } | null;
  callerPhone: string | null;
  referralNote: string | null;
  referralDisputeType: MediationDisputeType | null;
  referralRespondent: string | null;
}

/** The actor's own draft under a client key, to restore the form; someone else's is not found. */
export function getDraft(ctx: Ctx, clientKey: string): DraftView | null {
  assertRole(ctx.actor, "hotline");
  const r = ctx.db
    .select({
      id: hotlineCalls.id,
      clientKey: hotlineCalls.clientKey,
      status: hotlineCalls.status,
      operatorId: hotlineCalls.operatorId,
      startedAt: hotlineCalls.startedAt,
      endedAt: hotlineCalls.endedAt,
      callerKind: hotlineCalls.callerKind,
      categories: hotlineCalls.categories,
      summary: hotlineCalls.summary,
      riskLevel: hotlineCalls.riskLevel,
      actions: hotlineCalls.actions,
      followUpAt: hotlineCalls.followUpAt,
      residentId: residents.id,
      residentName: residents.name,
      callerPhone: hotlineCalls.callerPhone,
      referralNote: hotlineCalls.referralNote,
      referralDisputeType: hotlineCalls.referralDisputeType,
      referralRespondent: hotlineCalls.referralRespondent,
    })
    .from(hotlineCalls)
    .leftJoin(residents, eq(residents.id, hotlineCalls.residentId))
    .where(eq(hotlineCalls.clientKey, clientKey))
    .get();
  if (!r || r.status !== "draft" || r.operatorId !== ctx.actor.userId) return null;
  return {
    id: r.id,
    clientKey,
    startedAt: r.startedAt,
    endedAt: r.endedAt,
    callerKind: r.callerKind,
    categories: r.categories,
    summary: r.summary,
    riskLevel: r.riskLevel,
    actions: r.actions,
    followUpAt: r.followUpAt,
    resident: r.residentId != null && r.residentName != null ? { id: r.residentId, name: r.residentName } : null,
    callerPhone: r.callerPhone,
    referralNote: r.referralNote,
    referralDisputeType: r.referralDisputeType,
    referralRespondent: r.referralRespondent,
  };
}

export interface AlertView {
  id: number;
  callId: number;
  createdAt: Date;
  raisedBy: { id: number; name: string };
}

/** Unread imminent-risk alerts addressed to the actor. */
export function myHotlineAlerts(ctx: Ctx): AlertView[] {
  return ctx.db
    .select({ id: hotlineAlerts.id, callId: hotlineAlerts.callId, createdAt: hotlineAlerts.createdAt, raisedById: users.id, raisedByName: users.name })
    .from(hotlineAlerts)
    .innerJoin(users, eq(users.id, hotlineAlerts.raisedBy))
    .where(and(eq(hotlineAlerts.recipientId, ctx.actor.userId), isNull(hotlineAlerts.readAt)))
    .orderBy(desc(hotlineAlerts.createdAt))
    .limit(20)
    .all()
    .map((r) => ({ id: r.id, callId: r.callId, createdAt: r.createdAt, raisedBy: { id: r.raisedById, name: r.raisedByName } }));
}

/** Residents to link a call to, by name or phone; the phone is masked. */
export function searchResidents(ctx: Ctx, input: SearchResidentsInput): { id: number; name: string; birthYear: number | null; community: string | null; maskedPhone: string | null }[] {
  assertCallReader(ctx);
  const digits = input.q.replace(/\D/g, "");
  return ctx.db
    .select({ id: residents.id, name: residents.name, birthYear: residents.birthYear, community: residents.community, phone: residents.phone })
    .from(residents)
    .where(or(contains(residents.name, input.q), digits.length >= 3 ? contains(residents.phone, digits) : undefined))
    .orderBy(asc(residents.name), asc(residents.id))
    .limit(10)
    .all()
    .map(({ phone, ...r }) => ({ ...r, maskedPhone: maskPhone(phone) }));
}

/** Operators who have taken calls, for the list filter. */
export function callOperators(ctx: Ctx): { id: number; name: string }[] {
  assertCallReader(ctx);
  return ctx.db
    .selectDistinct({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(hotlineCalls, eq(hotlineCalls.operatorId, users.id))
    .orderBy(asc(users.name))
    .all();
}
