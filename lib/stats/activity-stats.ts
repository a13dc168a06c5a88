import { and, asc, eq, gte, lt, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { ACTIVITY_TYPES, activities, activitySignups, type ActivityType } from "@/db/schema";
import type { Range } from "./range";
import { ratio } from "./range";

export interface ActivityLine {
  id: number;
  title: string;
  type: ActivityType;
  startAt: Date;
  capacity: number;
  /** Registered, attended or absent: the places taken (waitlist and cancelled not counted). */
  signedUp: number;
  attended: number;
  absent: number;
  ratings: number;
  averageRating: number | null;
}

export interface ActivityTypeLine {
  type: ActivityType;
  sessions: number;
  attended: number;
  ratings: number;
  averageRating: number | null;
}

export interface ActivityStats {
  /** Sessions held or planned in the period (cancelled ones not counted). */
  sessions: number;
  capacity: number;
  signedUp: number;
  attended: number;
  absent: number;
  /** attended / (attended + absent): of the places whose attendance was taken. */
  attendanceRate: number | null;
  ratings: number;
  averageRating: number | null;
  byType: ActivityTypeLine[];
  items: ActivityLine[];
}

const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

/** One GROUP BY per activity over the start-time index, summed up here. */
export function activityStats(db: Db, range: Range): ActivityStats {
  const rows = db
    .select({
      id: activities.id,
      title: activities.title,
      type: activities.type,
      startAt: activities.startAt,
      capacity: activities.capacity,
      signedUp: sql<number>`coalesce(sum(${activitySignups.status} in ('registered', 'attended', 'absent')), 0)`,
      attended: sql<number>`coalesce(sum(${activitySignups.status} = 'attended'), 0)`,
      absent: sql<number>`coalesce(sum(${activitySignups.status} = 'absent'), 0)`,
      ratings: sql<number>`count(${activitySignups.rating})`,
      ratingSum: sql<number>`coalesce(sum(${activitySignups.rating}), 0)`,
    })
    .from(activities)
    .leftJoin(activitySignups, eq(activitySignups.activityId, activities.id))
    .where(and(gte(activities.startAt, range.start), lt(activities.startAt, range.end), ne(activities.status, "cancelled")))
    .groupBy(activities.id)
    .orderBy(asc(activities.startAt), asc(activities.id))
    .all();

  const types = new Map<ActivityType, ActivityTypeLine & { ratingSum: number }>(ACTIVITY_TYPES.map((type) => [type, { type, sessions: 0, attended: 0, ratings: 0, averageRating: null, ratingSum: 0 }]));
  const total = { capacity: 0, signedUp: 0, attended: 0, absent: 0, ratings: 0, ratingSum: 0 };
  for (const r of rows) {
    const t = types.get(r.type)!;
    t.sessions++;
    t.attended += r.attended;
    t.ratings += r.ratings;
    t.ratingSum += r.ratingSum;
    total.capacity += r.capacity;
    total.signedUp += r.signedUp;
    total.attended += r.attended;
    total.absent += r.absent;
    total.ratings += r.ratings;
    total.ratingSum += r.ratingSum;
  }
  return {
    sessions: rows.length,
    capacity: total.capacity,
    signedUp: total.signedUp,
    attended: total.attended,
    absent: total.absent,
    attendanceRate: ratio(total.attended, total.attended + total.absent),
    ratings: total.ratings,
    averageRating: round1(ratio(total.ratingSum, total.ratings)),
    byType: [...types.values()].map(({ ratingSum, ...t }) => ({ ...t, averageRating: round1(ratio(ratingSum, t.ratings)) })),
    items: rows.map(({ ratingSum, ...r }) => ({ ...r, averageRating: round1(ratio(ratingSum, r.ratings)) })),
  };
}
