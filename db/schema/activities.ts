import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { residents, rooms, users } from "./core";
import { reservations } from "./rooms";
import { ACTIVITY_TYPES, ACTIVITY_STATUSES, SIGNUP_STATUSES, ASSESSMENT_SCALES, ASSESSMENT_BANDS, ALERT_STATUSES, RESIDENT_MESSAGE_KINDS } from "./codes";
export { ACTIVITY_TYPES, ACTIVITY_STATUSES, SIGNUP_STATUSES, ASSESSMENT_SCALES, ASSESSMENT_BANDS, ALERT_STATUSES, RESIDENT_MESSAGE_KINDS, type ActivityType, type ActivityStatus, type SignupStatus, type AssessmentScale, type AssessmentBand, type AlertStatus, type ResidentMessageKind } from "./codes";

/**
 * A group activity (团体活动) in a room at one time. Its room is held by `reservationId` (written
 * through the booking engine in the same transaction); a weekly series is one row per occurrence
 * sharing `seriesId`. `status` keeps open/full in step with the sign-ups; "closed" is set by the
 * teacher, and sign-ups also stop at `signupDeadline`.
 */
export const activities = sqliteTable(
  "activities",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    title: text().notNull(),
    description: text(),
    type: text({ enum: ACTIVITY_TYPES }).notNull(),
    roomId: integer()
      .notNull()
      .references(() => rooms.id),
    reservationId: integer().references(() => reservations.id),
    seriesId: text(),
    startAt: integer({ mode: "timestamp_ms" }).notNull(),
    endAt: integer({ mode: "timestamp_ms" }).notNull(),
    capacity: integer().notNull(),
    audience: text(),
    signupDeadline: integer({ mode: "timestamp_ms" }).notNull(),
    status: text({ enum: ACTIVITY_STATUSES }).notNull().default("open"),
    // The client's key for a repeated submit (SECURITY.md 15): one activity (or series) per key.
    requestKey: text(),
    createdBy: integer()
      .notNull()
      .references(() => users.id),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
    updatedAt: integer({ mode: "timestamp_ms" }),
    cancelledAt: integer({ mode: "timestamp_ms" }),
    cancelledBy: integer().references(() => users.id),
    cancelReason: text(),
  },
  (t) => [
    index("activities_start_idx").on(t.startAt),
    index("activities_status_start_idx").on(t.status, t.startAt),
    index("activities_series_idx").on(t.seriesId),
    index("activities_room_start_idx").on(t.roomId, t.startAt),
    uniqueIndex("activities_request_key_uq").on(t.createdBy, t.requestKey),
    check("activities_range_ck", sql`${t.endAt} > ${t.startAt}`),
    check("activities_capacity_ck", sql`${t.capacity} >= 1`),
  ],
);

/** The teachers who run an activity: they see its roster and take attendance. */
export const activityTeachers = sqliteTable(
  "activity_teachers",
  {
    activityId: integer()
      .notNull()
      .references(() => activities.id),
    userId: integer()
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.userId] }), index("activity_teachers_user_idx").on(t.userId)],
);

/**
 * One resident's place in one activity: at most one row per (activity, resident), so a double
 * sign-up is impossible even under concurrent requests. A cancelled row is reused if they sign up
 * again. `position` orders the waitlist (smaller first).
 */
export const activitySignups = sqliteTable(
  "activity_signups",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    activityId: integer()
      .notNull()
      .references(() => activities.id),
    residentId: integer()
      .notNull()
      .references(() => residents.id),
    status: text({ enum: SIGNUP_STATUSES }).notNull(),
    position: integer(),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
    cancelledAt: integer({ mode: "timestamp_ms" }),
    promotedAt: integer({ mode: "timestamp_ms" }),
    attendanceAt: integer({ mode: "timestamp_ms" }),
    attendanceBy: integer().references(() => users.id),
    rating: integer(),
    comment: text(),
    ratedAt: integer({ mode: "timestamp_ms" }),
  },
  (t) => [
    uniqueIndex("activity_signups_activity_resident_uq").on(t.activityId, t.residentId),
    index("activity_signups_activity_status_idx").on(t.activityId, t.status, t.position),
    index("activity_signups_resident_idx").on(t.residentId, t.createdAt),
    check("activity_signups_rating_ck", sql`${t.rating} IS NULL OR (${t.rating} BETWEEN 1 AND 5)`),
  ],
);

/**
 * A PHQ-9 or GAD-7 self-assessment. `residentId` is null for an anonymous kiosk session: then no
 * identity at all is stored (no user, no address).
 */
export const assessments = sqliteTable(
  "assessments",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    residentId: integer().references(() => residents.id),
    scale: text({ enum: ASSESSMENT_SCALES }).notNull(),
    answers: text({ mode: "json" }).$type<number[]>().notNull(),
    score: integer().notNull(),
    band: text({ enum: ASSESSMENT_BANDS }).notNull(),
    alert: integer({ mode: "boolean" }).notNull().default(false),
    kiosk: integer({ mode: "boolean" }).notNull().default(false),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("assessments_resident_idx").on(t.residentId, t.createdAt), index("assessments_created_idx").on(t.createdAt)],
);

/** A triage item in the counsellors' queue: PHQ-9 item 9 above 0, or a severe band. */
export const assessmentAlerts = sqliteTable(
  "assessment_alerts",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    assessmentId: integer()
      .notNull()
      .references(() => assessments.id),
    // "item9" and/or "severe".
    reasons: text({ mode: "json" }).$type<string[]>().notNull(),
    status: text({ enum: ALERT_STATUSES }).notNull().default("open"),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
    handledBy: integer().references(() => users.id),
    handledAt: integer({ mode: "timestamp_ms" }),
    handledNote: text(),
  },
  (t) => [uniqueIndex("assessment_alerts_assessment_uq").on(t.assessmentId), index("assessment_alerts_status_idx").on(t.status, t.createdAt)],
);

/**
 * What the centre has to tell a resident (their activity was cancelled or moved, they came off the
 * waitlist). Codes and ids only; the words come from the catalogue. The notifications area routes
 * these to channels later.
 */
export const residentMessages = sqliteTable(
  "resident_messages",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    residentId: integer()
      .notNull()
      .references(() => residents.id),
    kind: text({ enum: RESIDENT_MESSAGE_KINDS }).notNull(),
    sourceType: text().notNull(),
    sourceId: integer().notNull(),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
    readAt: integer({ mode: "timestamp_ms" }),
  },
  (t) => [index("resident_messages_resident_idx").on(t.residentId, t.createdAt)],
);

export type Activity = typeof activities.$inferSelect;
export type NewActivity = typeof activities.$inferInsert;
export type ActivitySignup = typeof activitySignups.$inferSelect;
export type Assessment = typeof assessments.$inferSelect;
export type AssessmentAlert = typeof assessmentAlerts.$inferSelect;
export type ResidentMessage = typeof residentMessages.$inferSelect;
