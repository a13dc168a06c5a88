import { and, asc, desc, eq, gt, gte, inArray, isNotNull, lt, lte, ne, or, sql, type SQL } from "drizzle-orm";
import { activities, activitySignups, activityTeachers, residentMessages, residents, rooms, userRoles, users, type ActivityStatus, type ActivityType, type ResidentMessageKind, type SignupStatus } from "@/db/schema";
import { hasRole, isStaff } from "../auth/actor";
import { maskPhone } from "../auth/own-profile";
import type { Ctx } from "../context";
import { appError, notFound } from "../errors";
import { t } from "../i18n/messages";
import { contains } from "../search";
import { addLocalDays, formatShortDate, formatTime, parseLocalDate, startOfLocalWeek } from "../time";
import { auditActivity, PLACE_STATUSES, teacherIdsOf } from "./internal";
import { canManageActivity, canSignUp } from "./policy";
import type { ListActivitiesQuery } from "./schemas";

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface MySignup {
  status: SignupStatus;
  /** 1-based place on the waitlist when waitlisted. */
  waitlistPosition: number | null;
  rating: number | null;
}

/** One activity in a list: what a staff member or resident is shown, never the whole row. */
export interface ActivitySummary {
  id: number;
  title: string;
  type: ActivityType;
  roomId: number;
  roomName: string;
  startAt: Date;
  endAt: Date;
  signupDeadline: Date;
  capacity: number;
  registered: number;
  waitlisted: number;
  /** open | full | closed (also once the deadline has passed) | cancelled. */
  status: ActivityStatus;
  ended: boolean;
  seriesId: string | null;
  teachers: { id: number; name: string }[];
  /** The caller teaches it (or is the admin): may change it and see its roster. */
  canManage: boolean;
  /** The caller's own sign-up (residents only). */
  mySignup: MySignup | null;
}

export interface ActivityDetail extends ActivitySummary {
  description: string | null;
  audience: string | null;
  cancelledAt: Date | null;
  /** The teacher paused sign-ups (stored "closed"), as opposed to a passed deadline. */
  signupsClosed: boolean;
  /** Staff only. */
  cancelReason: string | null;
}

/** What the stored status means at `now`: sign-ups also stop at the deadline and at the start. */
export function effectiveStatus(a: { status: ActivityStatus; signupDeadline: Date; startAt: Date }, now: Date): ActivityStatus {
  if (a.status === "cancelled") return "cancelled";
  if (a.status === "closed" || now.getTime() >= a.signupDeadline.getTime() || now.getTime() >= a.startAt.getTime()) return "closed";
  return a.status;
}

const summaryColumns = {
  id: activities.id,
  title: activities.title,
  type: activities.type,
  roomId: activities.roomId,
  roomName: rooms.name,
  startAt: activities.startAt,
  endAt: activities.endAt,
  signupDeadline: activities.signupDeadline,
  capacity: activities.capacity,
  status: activities.status,
  seriesId: activities.seriesId,
};

interface SummaryRow {
  id: number;
  title: string;
  type: ActivityType;
  roomId: number;
  roomName: string;
  startAt: Date;
  endAt: Date;
  signupDeadline: Date;
  capacity: number;
  status: ActivityStatus;
  seriesId: string | null;
}

function countsFor(ctx: Ctx, ids: number[]): Map<number, { registered: number; waitlisted: number }> {
  if (!ids.length) return new Map();
  const placeList = sql.join(PLACE_STATUSES.map((s) => sql`${s}`), sql`, `);
  const rows = ctx.db
    .select({
      activityId: activitySignups.activityId,
      registered: sql<number>`sum(case when ${activitySignups.status} in (${placeList}) then 1 else 0 end)`,
      waitlisted: sql<number>`sum(case when ${activitySignups.status} = 'waitlisted' then 1 else 0 end)`,
    })
    .from(activitySignups)
    .where(inArray(activitySignups.activityId, ids))
    .groupBy(activitySignups.activityId)
    .all();
  return new Map(rows.map((r) => [r.activityId, { registered: Number(r.registered), waitlisted: Number(r.waitlisted) }]));
}

function teachersFor(ctx: Ctx, ids: number[]): Map<number, { id: number; name: string }[]> {
  const out = new Map<number, { id: number; name: string }[]>();
  if (!ids.length) return out;
  const rows = ctx.db
    .select({ activityId: activityTeachers.activityId, id: users.id, name: users.name })
    .from(activityTeachers)
    .innerJoin(users, eq(users.id, activityTeachers.userId))
    .where(inArray(activityTeachers.activityId, ids))
    .orderBy(asc(users.id))
    .all();
  for (const r of rows) out.set(r.activityId, [...(out.get(r.activityId) ?? []), { id: r.id, name: r.name }]);
  return out;
}

function mySignupsFor(ctx: Ctx, ids: number[]): Map<number, MySignup> {
  const out = new Map<number, MySignup>();
  if (!ids.length || !canSignUp(ctx.actor)) return out;
  const rows = ctx.db
    .select({ activityId: activitySignups.activityId, status: activitySignups.status, position: activitySignups.position, rating: activitySignups.rating })
    .from(activitySignups)
    .where(and(eq(activitySignups.residentId, ctx.actor.residentId!), inArray(activitySignups.activityId, ids)))
    .all();
  for (const r of rows) {
    let waitlistPosition: number | null = null;
    if (r.status === "waitlisted" && r.position !== null) {
      const ahead = ctx.db
        .select({ n: sql<number>`count(*)` })
        .from(activitySignups)
        .where(and(eq(activitySignups.activityId, r.activityId), eq(activitySignups.status, "waitlisted"), lt(activitySignups.position, r.position)))
        .get();
      waitlistPosition = Number(ahead?.n ?? 0) + 1;
    }
    out.set(r.activityId, { status: r.status, waitlistPosition, rating: r.rating });
  }
  return out;
}

function summarise(ctx: Ctx, rows: SummaryRow[]): ActivitySummary[] {
  const ids = rows.map((r) => r.id);
  const counts = countsFor(ctx, ids);
  const teachers = teachersFor(ctx, ids);
  const mine = mySignupsFor(ctx, ids);
  return rows.map((r) => {
    const ts = teachers.get(r.id) ?? [];
    return {
      ...r,
      ...(counts.get(r.id) ?? { registered: 0, waitlisted: 0 }),
      status: effectiveStatus(r, ctx.now),
      ended: r.endAt.getTime() <= ctx.now.getTime(),
      teachers: ts,
      canManage: isStaff(ctx.actor) && canManageActivity(ctx.actor, ts.map((x) => x.id)),
      mySignup: mine.get(r.id) ?? null,
    };
  });
}

const badCursor = () => appError("validation", t("activities.error.invalidCursor"), { cursor: [t("activities.error.invalidCursor")] });

function decodeCursor(cursor: string | undefined): { at: Date; id: number } | undefined {
  if (!cursor) return undefined;
  const m = /^(\d{1,15})_(\d{1,12})$/.exec(cursor);
  if (!m) throw badCursor();
  return { at: new Date(Number(m[1])), id: Number(m[2]) };
}

/**
 * Activities for a list: staff see all (a teacher may ask for only their own with `mine`);
 * residents see those not cancelled, with their own sign-up. Upcoming soonest first, past latest
 * first; keyset-paged on (startAt, id).
 */
export function listActivities(ctx: Ctx, q: ListActivitiesQuery & { signupOpen?: boolean } = {}): Page<ActivitySummary> {
  const limit = Math.min(q.limit ?? 50, 200);
  const scope = q.scope ?? "upcoming";
  const ascending = scope !== "past";
  const cursor = decodeCursor(q.cursor);
  const now = ctx.now;
  const where: (SQL | undefined)[] = [];
  if (scope === "upcoming") where.push(gt(activities.endAt, now));
  if (scope === "past") where.push(lte(activities.endAt, now));
  if (q.from) where.push(gte(activities.startAt, parseLocalDate(q.from)!));
  if (q.to) where.push(lt(activities.startAt, addLocalDays(parseLocalDate(q.to)!, 1)));
  if (q.type) where.push(eq(activities.type, q.type));
  if (q.q) where.push(contains(activities.title, q.q));
  if (!isStaff(ctx.actor)) where.push(ne(activities.status, "cancelled"));
  if (q.mine === "1") {
    where.push(inArray(activities.id, ctx.db.select({ id: activityTeachers.activityId }).from(activityTeachers).where(eq(activityTeachers.userId, ctx.actor.userId))));
  }
  const open = and(inArray(activities.status, ["open", "full"]), gt(activities.signupDeadline, now), gt(activities.startAt, now));
  if (q.signupOpen) where.push(open);
  if (q.status === "cancelled") where.push(eq(activities.status, "cancelled"));
  if (q.status === "open" || q.status === "full") where.push(and(open, eq(activities.status, q.status)));
  if (q.status === "closed") where.push(and(ne(activities.status, "cancelled"), or(eq(activities.status, "closed"), lte(activities.signupDeadline, now), lte(activities.startAt, now))));
  if (cursor) {
    where.push(
      ascending
        ? or(gt(activities.startAt, cursor.at), and(eq(activities.startAt, cursor.at), gt(activities.id, cursor.id)))
        : or(lt(activities.startAt, cursor.at), and(eq(activities.startAt, cursor.at), lt(activities.id, cursor.id))),
    );
  }
  const rows = ctx.db
    .select(summaryColumns)
    .from(activities)
    .innerJoin(rooms, eq(rooms.id, activities.roomId))
    .where(and(...where))
    .orderBy(ascending ? asc(activities.startAt) : desc(activities.startAt), ascending ? asc(activities.id) : desc(activities.id))
    .limit(limit + 1)
    .all();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: summarise(ctx, page), nextCursor: rows.length > limit && last ? `${last.startAt.getTime()}_${last.id}` : null };
}

/** One activity for anyone signed in: a resident sees only the counts and their own sign-up. */
export function getActivity(ctx: Ctx, id: number): ActivityDetail {
  const row = ctx.db
    .select({ ...summaryColumns, description: activities.description, audience: activities.audience, cancelledAt: activities.cancelledAt, cancelReason: activities.cancelReason })
    .from(activities)
    .innerJoin(rooms, eq(rooms.id, activities.roomId))
    .where(eq(activities.id, id))
    .get();
  if (!row) throw notFound(t("activities.error.notFound"));
  const { description, audience, cancelledAt, cancelReason, ...summary } = row;
  const [s] = summarise(ctx, [summary]);
  return { ...s, description, audience, cancelledAt, signupsClosed: summary.status === "closed", cancelReason: isStaff(ctx.actor) ? cancelReason : null };
}

export interface RosterRow {
  signupId: number;
  name: string;
  maskedPhone: string | null;
  status: SignupStatus;
  waitlistPosition: number | null;
  signedUpAt: Date;
  promoted: boolean;
}

export interface Roster {
  registered: RosterRow[];
  waitlist: RosterRow[];
  cancelled: RosterRow[];
  feedback: { average: number | null; count: number; comments: { rating: number; comment: string; at: Date }[] };
}

/**
 * The roster of an activity: its teachers and the admin only (404 for anyone else, who may not
 * know who signed up). Names and masked phones; the read is audited.
 */
export function activityRoster(ctx: Ctx, id: number): Roster {
  const exists = ctx.db.select({ id: activities.id }).from(activities).where(eq(activities.id, id)).get();
  if (!exists || !canManageActivity(ctx.actor, teacherIdsOf(ctx, id))) throw notFound(t("activities.error.notFound"));
  const rows = ctx.db
    .select({
      signupId: activitySignups.id,
      name: residents.name,
      phone: residents.phone,
      status: activitySignups.status,
      position: activitySignups.position,
      signedUpAt: activitySignups.createdAt,
      promotedAt: activitySignups.promotedAt,
      rating: activitySignups.rating,
      comment: activitySignups.comment,
      ratedAt: activitySignups.ratedAt,
    })
    .from(activitySignups)
    .innerJoin(residents, eq(residents.id, activitySignups.residentId))
    .where(eq(activitySignups.activityId, id))
    .orderBy(asc(activitySignups.createdAt), asc(activitySignups.id))
    .all();
  const view = (r: (typeof rows)[number], waitlistPosition: number | null = null): RosterRow => ({
    signupId: r.signupId,
    name: r.name,
    maskedPhone: maskPhone(r.phone),
    status: r.status,
    waitlistPosition,
    signedUpAt: r.signedUpAt,
    promoted: r.promotedAt !== null,
  });
  const waiting = rows.filter((r) => r.status === "waitlisted").sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  const rated = rows.filter((r) => r.rating !== null);
  auditActivity(ctx, "activity.roster_read", "activity", id, { rows: rows.length });
  return {
    registered: rows.filter((r) => (PLACE_STATUSES as readonly string[]).includes(r.status)).map((r) => view(r)),
    waitlist: waiting.map((r, i) => view(r, i + 1)),
    cancelled: rows.filter((r) => r.status === "cancelled").map((r) => view(r)),
    feedback: {
      count: rated.length,
      average: rated.length ? Math.round((rated.reduce((s, r) => s + r.rating!, 0) / rated.length) * 10) / 10 : null,
      comments: rated
        .filter((r) => r.comment)
        .map((r) => ({ rating: r.rating!, comment: r.comment!, at: r.ratedAt! }))
        .sort((a, b) => b.at.getTime() - a.at.getTime()),
    },
  };
}

export interface MyActivities {
  upcoming: ActivitySummary[];
  past: ActivitySummary[];
}

/** A resident's own sign-ups: coming (registered or waiting) and past (to rate afterwards). */
export function myActivities(ctx: Ctx): MyActivities {
  if (!canSignUp(ctx.actor)) return { upcoming: [], past: [] };
  const rows = ctx.db
    .select(summaryColumns)
    .from(activitySignups)
    .innerJoin(activities, eq(activities.id, activitySignups.activityId))
    .innerJoin(rooms, eq(rooms.id, activities.roomId))
    .where(and(eq(activitySignups.residentId, ctx.actor.residentId!), ne(activitySignups.status, "cancelled")))
    .orderBy(asc(activities.startAt))
    .all();
  const all = summarise(ctx, rows);
  return {
    upcoming: all.filter((a) => !a.ended && a.status !== "cancelled"),
    past: all.filter((a) => a.ended && a.mySignup && a.mySignup.status !== "waitlisted").reverse().slice(0, 10),
  };
}

/** The staff home widget: this local week's activities with their sign-up counts. */
export function weekActivities(ctx: Ctx): ActivitySummary[] {
  const start = startOfLocalWeek(ctx.now);
  const rows = ctx.db
    .select(summaryColumns)
    .from(activities)
    .innerJoin(rooms, eq(rooms.id, activities.roomId))
    .where(and(gte(activities.startAt, start), lt(activities.startAt, addLocalDays(start, 7)), ne(activities.status, "cancelled")))
    .orderBy(asc(activities.startAt), asc(activities.id))
    .limit(50)
    .all();
  return summarise(ctx, rows);
}

export interface ResidentMessageView {
  id: number;
  kind: ResidentMessageKind;
  text: string;
  createdAt: Date;
}

/** What the centre told this resident in the last two weeks (newest first), in words. */
export function recentResidentMessages(ctx: Ctx, limit = 5): ResidentMessageView[] {
  if (!canSignUp(ctx.actor)) return [];
  const rows = ctx.db
    .select({
      id: residentMessages.id,
      kind: residentMessages.kind,
      createdAt: residentMessages.createdAt,
      title: activities.title,
      startAt: activities.startAt,
      endAt: activities.endAt,
      room: rooms.name,
    })
    .from(residentMessages)
    .innerJoin(activities, and(eq(residentMessages.sourceType, "activity"), eq(activities.id, residentMessages.sourceId)))
    .innerJoin(rooms, eq(rooms.id, activities.roomId))
    .where(and(eq(residentMessages.residentId, ctx.actor.residentId!), gte(residentMessages.createdAt, addLocalDays(ctx.now, -14)), isNotNull(residentMessages.sourceId)))
    .orderBy(desc(residentMessages.createdAt), desc(residentMessages.id))
    .limit(limit)
    .all();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    createdAt: r.createdAt,
    text: t(`residentMessage.${r.kind}`, { title: r.title, when: `${formatShortDate(r.startAt)} ${formatTime(r.startAt)}–${formatTime(r.endAt)}`, room: r.room }),
  }));
}

/** Teachers (active, with the teacher role) for the activity form's choice of co-teachers. */
export function teacherOptions(ctx: Ctx): { id: number; name: string }[] {
  if (!hasRole(ctx.actor, "teacher", "admin")) return [];
  return ctx.db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.id, ctx.db.select({ id: userRoles.userId }).from(userRoles).where(eq(userRoles.role, "teacher")))))
    .orderBy(asc(users.name))
    .all();
}
