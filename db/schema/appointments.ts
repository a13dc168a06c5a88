import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { residents, users } from "./core";
import { reservations } from "./rooms";
import { RISK_LEVELS, APPOINTMENT_STATUSES, APPOINTMENT_MODES, APPOINTMENT_URGENCIES, APPOINTMENT_SOURCES, EXCEPTION_KINDS } from "./codes";
export { APPOINTMENT_STATUSES, APPOINTMENT_MODES, APPOINTMENT_URGENCIES, APPOINTMENT_SOURCES, EXCEPTION_KINDS, type AppointmentStatus, type AppointmentMode, type AppointmentUrgency, type AppointmentSource, type ExceptionKind } from "./codes";

/** The service catalogue (admin): what a resident can order, how long it takes, which rooms fit. */
export const services = sqliteTable(
  "services",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    name: text().notNull(),
    description: text(),
    durationMinutes: integer().notNull(),
    // Rooms in order of preference; confirmation takes the first one free.
    roomIds: text({ mode: "json" }).$type<number[]>().notNull().default(sql`'[]'`),
    // A counsellor must list this specialty (沙盘治疗, 音乐治疗 …); null: any counsellor.
    requiredSpecialty: text(),
    active: integer({ mode: "boolean" }).notNull().default(true),
    sortOrder: integer().notNull().default(0),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
    updatedAt: integer({ mode: "timestamp_ms" }),
  },
  (t) => [uniqueIndex("services_name_uq").on(t.name), check("services_duration_ck", sql`${t.durationMinutes} > 0`)],
);

/** Whether a counsellor currently takes appointments (the profile itself lives in staff_profiles). */
export const counselorSettings = sqliteTable("counselor_settings", {
  userId: integer()
    .primaryKey()
    .references(() => users.id),
  accepting: integer({ mode: "boolean" }).notNull().default(true),
  updatedAt: integer({ mode: "timestamp_ms" }),
  updatedBy: integer().references(() => users.id),
});

/** A weekly window of a counsellor's availability, in minutes of the local day, optionally dated. */
export const availabilityRules = sqliteTable(
  "availability_rules",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    counselorId: integer()
      .notNull()
      .references(() => users.id),
    // 0 = Sunday … 6 = Saturday (local).
    weekday: integer().notNull(),
    startMinute: integer().notNull(),
    endMinute: integer().notNull(),
    // Centre-local dates "YYYY-MM-DD", both inclusive; null: open-ended.
    validFrom: text(),
    validTo: text(),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
    createdBy: integer().references(() => users.id),
  },
  (t) => [
    index("availability_rules_counselor_idx").on(t.counselorId, t.weekday),
    check("availability_rules_weekday_ck", sql`${t.weekday} between 0 and 6`),
    check("availability_rules_range_ck", sql`${t.startMinute} >= 0 and ${t.endMinute} <= 1440 and ${t.endMinute} > ${t.startMinute}`),
  ],
);

/** One dated change: leave (not available in the window) or extra hours. */
export const availabilityExceptions = sqliteTable(
  "availability_exceptions",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    counselorId: integer()
      .notNull()
      .references(() => users.id),
    date: text().notNull(),
    kind: text({ enum: EXCEPTION_KINDS }).notNull(),
    startMinute: integer().notNull(),
    endMinute: integer().notNull(),
    note: text(),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
    createdBy: integer().references(() => users.id),
  },
  (t) => [
    index("availability_exceptions_counselor_idx").on(t.counselorId, t.date),
    index("availability_exceptions_date_idx").on(t.date),
    check("availability_exceptions_range_ck", sql`${t.startMinute} >= 0 and ${t.endMinute} <= 1440 and ${t.endMinute} > ${t.startMinute}`),
  ],
);

/**
 * A resident's appointment, from request to session. A held slot has counselorId, startAt, endAt,
 * holdExpiresAt and a held reservation; an order (订单式) has only needs and preferred times until
 * it is matched. `version` increases with every change (stale-update detection).
 */
export const appointments = sqliteTable(
  "appointments",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    residentId: integer()
      .notNull()
      .references(() => residents.id),
    serviceId: integer()
      .notNull()
      .references(() => services.id),
    counselorId: integer().references(() => users.id),
    startAt: integer({ mode: "timestamp_ms" }),
    endAt: integer({ mode: "timestamp_ms" }),
    status: text({ enum: APPOINTMENT_STATUSES }).notNull(),
    mode: text({ enum: APPOINTMENT_MODES }).notNull(),
    preferredTimes: text({ mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    // The resident's own words about what they need (sensitive: staff who handle it, and the resident).
    need: text(),
    urgency: text({ enum: APPOINTMENT_URGENCIES }).notNull().default("normal"),
    holdExpiresAt: integer({ mode: "timestamp_ms" }),
    reservationId: integer().references(() => reservations.id),
    cancelledAt: integer({ mode: "timestamp_ms" }),
    cancelledBy: integer().references(() => users.id),
    cancelReason: text(),
    declinedAt: integer({ mode: "timestamp_ms" }),
    declinedBy: integer().references(() => users.id),
    declineReason: text(),
    confirmedAt: integer({ mode: "timestamp_ms" }),
    checkedInAt: integer({ mode: "timestamp_ms" }),
    completedAt: integer({ mode: "timestamp_ms" }),
    // The client's key for a repeated submit: one appointment per (createdBy, requestKey).
    requestKey: text(),
    // A referral's origin: the hotline call's or the care visit's id (null when made directly).
    source: text({ enum: APPOINTMENT_SOURCES }).notNull().default("direct"),
    sourceId: integer(),
    createdBy: integer()
      .notNull()
      .references(() => users.id),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
    updatedAt: integer({ mode: "timestamp_ms" }),
    version: integer().notNull().default(1),
  },
  (t) => [
    index("appointments_counselor_start_idx").on(t.counselorId, t.startAt),
    index("appointments_resident_idx").on(t.residentId, t.createdAt),
    index("appointments_status_idx").on(t.status, t.createdAt),
    index("appointments_start_idx").on(t.startAt),
    // Today's sessions (status + day) and a counsellor's busy times (status + endAt > from), issue 12.
    index("appointments_status_start_idx").on(t.status, t.startAt),
    index("appointments_status_end_idx").on(t.status, t.endAt, t.startAt, t.counselorId, t.holdExpiresAt),
    uniqueIndex("appointments_request_key_uq").on(t.createdBy, t.requestKey),
    index("appointments_source_idx").on(t.source, t.sourceId),
    check("appointments_range_ck", sql`${t.endAt} is null or ${t.startAt} is null or ${t.endAt} > ${t.startAt}`),
  ],
);

/** Every state change of an appointment: who, when, from, to, why. */
export const appointmentEvents = sqliteTable(
  "appointment_events",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    appointmentId: integer()
      .notNull()
      .references(() => appointments.id),
    actorId: integer().references(() => users.id),
    at: integer({ mode: "timestamp_ms" }).notNull(),
    fromStatus: text({ enum: APPOINTMENT_STATUSES }),
    toStatus: text({ enum: APPOINTMENT_STATUSES }).notNull(),
    // "request" | "confirm" | "reschedule" | … — what happened, even when the status did not change.
    action: text().notNull(),
    reason: text(),
  },
  (t) => [index("appointment_events_appointment_idx").on(t.appointmentId, t.at)],
);

/**
 * 咨询记录: confidential. Readable only by its author, and by an admin who states a reason
 * (audited). Never part of a list or of an appointment's API body.
 */
export const sessionRecords = sqliteTable(
  "session_records",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    appointmentId: integer()
      .notNull()
      .references(() => appointments.id),
    authorId: integer()
      .notNull()
      .references(() => users.id),
    presentingIssue: text().notNull(),
    assessment: text().notNull(),
    intervention: text().notNull(),
    plan: text().notNull(),
    nextStep: text(),
    riskLevel: text({ enum: RISK_LEVELS }).notNull(),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
    updatedAt: integer({ mode: "timestamp_ms" }),
  },
  (t) => [uniqueIndex("session_records_appointment_uq").on(t.appointmentId), index("session_records_author_idx").on(t.authorId)],
);

/** A high or imminent risk level in a session record asks the centre's admins to follow up. */
export const appointmentAlerts = sqliteTable(
  "appointment_alerts",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    appointmentId: integer()
      .notNull()
      .references(() => appointments.id),
    recipientId: integer()
      .notNull()
      .references(() => users.id),
    riskLevel: text({ enum: RISK_LEVELS }).notNull(),
    raisedBy: integer()
      .notNull()
      .references(() => users.id),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
    handledAt: integer({ mode: "timestamp_ms" }),
    handledBy: integer().references(() => users.id),
  },
  (t) => [index("appointment_alerts_recipient_idx").on(t.recipientId, t.handledAt), uniqueIndex("appointment_alerts_uq").on(t.appointmentId, t.recipientId)],
);

export type Service = typeof services.$inferSelect;
export type NewService = typeof services.$inferInsert;
export type AvailabilityRule = typeof availabilityRules.$inferSelect;
export type AvailabilityException = typeof availabilityExceptions.$inferSelect;
export type Appointment = typeof appointments.$inferSelect;
export type NewAppointment = typeof appointments.$inferInsert;
export type AppointmentEvent = typeof appointmentEvents.$inferSelect;
export type SessionRecord = typeof sessionRecords.$inferSelect;
export type AppointmentAlert = typeof appointmentAlerts.$inferSelect;
