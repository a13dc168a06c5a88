import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { residents, users } from "./core";
import { CALLER_KINDS, RISK_LEVELS, CALL_STATUSES, CALLBACK_OUTCOMES, MEDIATION_DISPUTE_TYPES, type CallCategory, type CallAction } from "./codes";
export { CALLER_KINDS, CALL_CATEGORIES, RISK_LEVELS, CALL_ACTIONS, CALL_STATUSES, CALLBACK_OUTCOMES, type CallerKind, type CallCategory, type RiskLevel, type CallAction, type CallStatus, type CallbackOutcome } from "./codes";

/** A duty shift of the hotline: [startAt, endAt), normally with two staff. */
export const hotlineShifts = sqliteTable(
  "hotline_shifts",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    startAt: integer({ mode: "timestamp_ms" }).notNull(),
    endAt: integer({ mode: "timestamp_ms" }).notNull(),
    notes: text(),
    createdBy: integer().references(() => users.id),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
    updatedAt: integer({ mode: "timestamp_ms" }),
  },
  (t) => [index("hotline_shifts_start_idx").on(t.startAt), check("hotline_shifts_order_ck", sql`${t.endAt} > ${t.startAt}`)],
);

export const hotlineShiftStaff = sqliteTable(
  "hotline_shift_staff",
  {
    shiftId: integer()
      .notNull()
      .references(() => hotlineShifts.id, { onDelete: "cascade" }),
    userId: integer()
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.shiftId, t.userId] }), index("hotline_shift_staff_user_idx").on(t.userId)],
);

/** What one shift hands to the next: open call-backs, callers to watch, practical notes. */
export const hotlineHandoverNotes = sqliteTable(
  "hotline_handover_notes",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    shiftId: integer()
      .notNull()
      .references(() => hotlineShifts.id, { onDelete: "cascade" }),
    authorId: integer()
      .notNull()
      .references(() => users.id),
    text: text().notNull(),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("hotline_handover_shift_idx").on(t.shiftId, t.createdAt)],
);

/**
 * One call. The summary is sensitive (hotline staff and admin only; every read audited). A draft is
 * keyed by the browser's clientKey so autosaves upsert one row. Referral ids point at records of
 * later areas (appointments, mediation, care) and are plain integers until those tables exist.
 */
export const hotlineCalls = sqliteTable(
  "hotline_calls",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    clientKey: text(),
    status: text({ enum: CALL_STATUSES }).notNull(),
    startedAt: integer({ mode: "timestamp_ms" }).notNull(),
    endedAt: integer({ mode: "timestamp_ms" }),
    operatorId: integer()
      .notNull()
      .references(() => users.id),
    callerKind: text({ enum: CALLER_KINDS }),
    residentId: integer().references(() => residents.id),
    // Digits only; shown masked in lists, in full only on the audited detail.
    callerPhone: text(),
    categories: text({ mode: "json" }).$type<CallCategory[]>().notNull().default(sql`'[]'`),
    summary: text().notNull().default(""),
    riskLevel: text({ enum: RISK_LEVELS }),
    actions: text({ mode: "json" }).$type<CallAction[]>().notNull().default(sql`'[]'`),
    followUpAt: integer({ mode: "timestamp_ms" }),
    followUpDoneAt: integer({ mode: "timestamp_ms" }),
    appointmentId: integer(),
    mediationCaseId: integer(),
    carePersonId: integer(),
    // What a referral to mediation or care said (issue 5): the operator's words for the next service.
    referralNote: text(),
    referralDisputeType: text({ enum: MEDIATION_DISPUTE_TYPES }),
    referralRespondent: text(),
    careFollowUpId: integer(),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
    updatedAt: integer({ mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    uniqueIndex("hotline_calls_client_key_uq").on(t.clientKey),
    index("hotline_calls_started_idx").on(t.status, t.startedAt),
    index("hotline_calls_operator_idx").on(t.operatorId, t.startedAt),
    index("hotline_calls_resident_idx").on(t.residentId, t.startedAt),
    index("hotline_calls_phone_idx").on(t.callerPhone, t.startedAt),
    index("hotline_calls_follow_up_idx").on(t.followUpDoneAt, t.followUpAt),
  ],
);

export const hotlineCallbackAttempts = sqliteTable(
  "hotline_callback_attempts",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    callId: integer()
      .notNull()
      .references(() => hotlineCalls.id),
    at: integer({ mode: "timestamp_ms" }).notNull(),
    byUserId: integer()
      .notNull()
      .references(() => users.id),
    outcome: text({ enum: CALLBACK_OUTCOMES }).notNull(),
    // The new due time when the outcome is "rescheduled".
    rescheduledTo: integer({ mode: "timestamp_ms" }),
    note: text(),
  },
  (t) => [index("hotline_callback_call_idx").on(t.callId, t.at)],
);

/**
 * An imminent-risk call raised to one recipient (each admin and the other operators on duty). The
 * notifications area will route these later; until then they show on the recipient's home.
 */
export const hotlineAlerts = sqliteTable(
  "hotline_alerts",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    callId: integer()
      .notNull()
      .references(() => hotlineCalls.id),
    recipientId: integer()
      .notNull()
      .references(() => users.id),
    raisedBy: integer()
      .notNull()
      .references(() => users.id),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
    readAt: integer({ mode: "timestamp_ms" }),
  },
  (t) => [index("hotline_alerts_recipient_idx").on(t.recipientId, t.readAt), uniqueIndex("hotline_alerts_call_recipient_uq").on(t.callId, t.recipientId)],
);

export type HotlineShift = typeof hotlineShifts.$inferSelect;
export type HotlineCall = typeof hotlineCalls.$inferSelect;
export type NewHotlineCall = typeof hotlineCalls.$inferInsert;
export type HotlineCallbackAttempt = typeof hotlineCallbackAttempts.$inferSelect;
export type HotlineAlert = typeof hotlineAlerts.$inferSelect;
export type HotlineHandoverNote = typeof hotlineHandoverNotes.$inferSelect;
