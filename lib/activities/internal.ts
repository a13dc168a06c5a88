import { and, asc, count, eq, inArray, max, sql } from "drizzle-orm";
import { activities, activitySignups, activityTeachers, residentMessages, userRoles, users, type Activity, type ResidentMessageKind } from "@/db/schema";
import { auditAs, type AuditEntry } from "../audit/audit";
import type { Ctx } from "../context";
import { appError, forbidden, notFound } from "../errors";
import { t } from "../i18n/messages";
import { notifyActivityMessage } from "../notifications/area-events";
import { canManageActivity } from "./policy";

/** Sign-up states that hold a place (before the session: registered; after it: attended or absent). */
export const PLACE_STATUSES = ["registered", "attended", "absent"] as const;

export function auditActivity(ctx: Ctx, action: string, entityType: string, entityId: number | string, details?: AuditEntry["details"]): void {
  auditAs(ctx, { action, entityType, entityId, details });
}

export function loadActivity(ctx: Ctx, id: number): Activity {
  const row = ctx.db.select().from(activities).where(eq(activities.id, id)).get();
  if (!row) throw notFound(t("activities.error.notFound"));
  return row;
}

export function teacherIdsOf(ctx: Ctx, activityId: number): number[] {
  return ctx.db
    .select({ userId: activityTeachers.userId })
    .from(activityTeachers)
    .where(eq(activityTeachers.activityId, activityId))
    .all()
    .map((r) => r.userId);
}

/** The activity a caller wants to change: 404 when missing, 403 for anyone but its teachers and the admin. */
export function loadForManage(ctx: Ctx, id: number): { activity: Activity; teacherIds: number[] } {
  const activity = loadActivity(ctx, id);
  const teacherIds = teacherIdsOf(ctx, id);
  if (!canManageActivity(ctx.actor, teacherIds)) throw forbidden(t("activities.error.notTeacher"));
  return { activity, teacherIds };
}

/** Places taken and the waitlist's length. */
export function signupCounts(ctx: Ctx, activityId: number): { registered: number; waitlisted: number } {
  const rows = ctx.db
    .select({ status: activitySignups.status, n: count() })
    .from(activitySignups)
    .where(eq(activitySignups.activityId, activityId))
    .groupBy(activitySignups.status)
    .all();
  const n = (statuses: readonly string[]) => rows.filter((r) => statuses.includes(r.status)).reduce((s, r) => s + r.n, 0);
  return { registered: n(PLACE_STATUSES), waitlisted: n(["waitlisted"]) };
}

/** Keeps the stored open/full in step with the sign-ups (closed and cancelled stay as they are). */
export function syncStatus(ctx: Ctx, activityId: number): void {
  const a = ctx.db.select({ status: activities.status, capacity: activities.capacity }).from(activities).where(eq(activities.id, activityId)).get();
  if (!a || (a.status !== "open" && a.status !== "full")) return;
  const { registered } = signupCounts(ctx, activityId);
  const status = registered >= a.capacity ? "full" : "open";
  if (status !== a.status) ctx.db.update(activities).set({ status }).where(eq(activities.id, activityId)).run();
}

export function nextWaitlistPosition(ctx: Ctx, activityId: number): number {
  const row = ctx.db.select({ p: max(activitySignups.position) }).from(activitySignups).where(eq(activitySignups.activityId, activityId)).get();
  return (row?.p ?? 0) + 1;
}

/** 1-based place in the waitlist of a waitlisted sign-up. */
export function waitlistRank(ctx: Ctx, activityId: number, position: number | null): number | null {
  if (position === null) return null;
  const row = ctx.db
    .select({ n: count() })
    .from(activitySignups)
    .where(and(eq(activitySignups.activityId, activityId), eq(activitySignups.status, "waitlisted"), sql`${activitySignups.position} < ${position}`))
    .get();
  return (row?.n ?? 0) + 1;
}

/** Records what a resident must be told; the notifications area delivers it. */
export function messageResident(ctx: Ctx, residentId: number, kind: ResidentMessageKind, activityId: number): void {
  const { id } = ctx.db.insert(residentMessages).values({ residentId, kind, sourceType: "activity", sourceId: activityId, createdAt: ctx.now }).returning({ id: residentMessages.id }).get();
  auditActivity(ctx, "resident_message.create", "resident_message", id, { kind, residentId, activityId });
  notifyActivityMessage(ctx.db, residentId, kind, activityId, ctx.now);
}

/**
 * Fills free places from the waitlist, first come first served, and tells each promoted resident.
 * Only before the session starts; a cancelled activity promotes nobody.
 */
export function promoteWaitlisted(ctx: Ctx, activityId: number): number[] {
  const a = ctx.db.select({ capacity: activities.capacity, status: activities.status, startAt: activities.startAt }).from(activities).where(eq(activities.id, activityId)).get();
  if (!a || a.status === "cancelled" || a.startAt.getTime() <= ctx.now.getTime()) return [];
  const free = a.capacity - signupCounts(ctx, activityId).registered;
  if (free <= 0) return [];
  const next = ctx.db
    .select({ id: activitySignups.id, residentId: activitySignups.residentId })
    .from(activitySignups)
    .where(and(eq(activitySignups.activityId, activityId), eq(activitySignups.status, "waitlisted")))
    .orderBy(asc(activitySignups.position), asc(activitySignups.id))
    .limit(free)
    .all();
  for (const s of next) {
    ctx.db.update(activitySignups).set({ status: "registered", position: null, promotedAt: ctx.now }).where(eq(activitySignups.id, s.id)).run();
    auditActivity(ctx, "activity.signup_promote", "activity_signup", s.id, { activityId });
    messageResident(ctx, s.residentId, "waitlist_promoted", activityId);
  }
  syncStatus(ctx, activityId);
  return next.map((s) => s.residentId);
}

/**
 * The teachers an activity gets: active users holding the teacher role. A teacher who creates or
 * edits an activity always stays on it.
 */
export function resolveTeachers(ctx: Ctx, requested: readonly number[] | undefined, keep: number[] = []): number[] {
  const ids = [...new Set([...(requested ?? []), ...keep])];
  if (ids.length === 0) return [];
  const valid = ctx.db
    .select({ id: users.id })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "teacher")))
    .where(and(inArray(users.id, ids), eq(users.active, true)))
    .all()
    .map((r) => r.id);
  if (valid.length !== ids.length) throw appError("validation", t("activities.error.teacherNotFound"), { teacherIds: [t("activities.error.teacherNotFound")] });
  return ids.sort((a, b) => a - b);
}

export function setTeachers(ctx: Ctx, activityId: number, teacherIds: readonly number[]): void {
  ctx.db.delete(activityTeachers).where(eq(activityTeachers.activityId, activityId)).run();
  if (teacherIds.length) ctx.db.insert(activityTeachers).values(teacherIds.map((userId) => ({ activityId, userId }))).run();
}

/** Residents holding or waiting for a place: the people to tell when the activity changes. */
export function activeSignupResidents(ctx: Ctx, activityId: number): { signupId: number; residentId: number }[] {
  return ctx.db
    .select({ signupId: activitySignups.id, residentId: activitySignups.residentId })
    .from(activitySignups)
    .where(and(eq(activitySignups.activityId, activityId), inArray(activitySignups.status, ["registered", "waitlisted"])))
    .all();
}
