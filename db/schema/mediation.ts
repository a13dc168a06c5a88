import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { residents, users } from "./core";
import { reservations } from "./rooms";
import { MEDIATION_SOURCES, MEDIATION_DISPUTE_TYPES, MEDIATION_STATUSES, MEDIATION_PARTY_ROLES, MEDIATION_RISK_COLORS, MEDIATION_TEAM_ROLES, MEDIATION_PERFORMANCE, MEDIATION_SATISFACTION, MEDIATION_FOLLOW_UP_METHODS } from "./codes";
export { MEDIATION_SOURCES, MEDIATION_DISPUTE_TYPES, MEDIATION_STATUSES, MEDIATION_PARTY_ROLES, MEDIATION_RISK_COLORS, MEDIATION_TEAM_ROLES, MEDIATION_PERFORMANCE, MEDIATION_SATISFACTION, MEDIATION_FOLLOW_UP_METHODS, type MediationSource, type MediationDisputeType, type MediationStatus, type MediationPartyRole, type MediationRiskColor, type MediationTeamRole, type MediationPerformance, type MediationSatisfaction, type MediationFollowUpMethod } from "./codes";

/**
 * A people's-mediation case (人民调解案件). Visible to its team (case_team) and admins only.
 * Deadlines are centre-local calendar dates ("YYYY-MM-DD"): a case is due by the end of that day,
 * and ISO dates compare correctly as text.
 */
export const mediationCases = sqliteTable(
  "mediation_cases",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    // "(2026)安康人调字第0001号": year + seq, allocated inside the registering transaction.
    caseNo: text().notNull(),
    year: integer().notNull(),
    seq: integer().notNull(),
    source: text({ enum: MEDIATION_SOURCES }).notNull(),
    disputeType: text({ enum: MEDIATION_DISPUTE_TYPES }).notNull(),
    summary: text().notNull(),
    requestedItems: text(),
    riskColor: text({ enum: MEDIATION_RISK_COLORS }).notNull(),
    riskReason: text(),
    status: text({ enum: MEDIATION_STATUSES }).notNull().default("registered"),
    leadMediatorId: integer().references(() => users.id),
    acceptedAt: integer({ mode: "timestamp_ms" }),
    // One month from acceptance (人民调解: settle within a month), and the extended date if any.
    deadlineOn: text(),
    extendedDeadlineOn: text(),
    extensionReason: text(),
    extendedAt: integer({ mode: "timestamp_ms" }),
    extendedBy: integer().references(() => users.id),
    agreedAt: integer({ mode: "timestamp_ms" }),
    // The next follow-up visit (回访) falls due by this date; null when none is due.
    followUpDueOn: text(),
    closedAt: integer({ mode: "timestamp_ms" }),
    archivedAt: integer({ mode: "timestamp_ms" }),
    // The client's key for a repeated submit (SECURITY.md 15): one case per (createdBy, key).
    requestKey: text(),
    createdBy: integer()
      .notNull()
      .references(() => users.id),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
    updatedAt: integer({ mode: "timestamp_ms" }),
  },
  (t) => [
    uniqueIndex("mediation_cases_case_no_uq").on(t.caseNo),
    uniqueIndex("mediation_cases_year_seq_uq").on(t.year, t.seq),
    uniqueIndex("mediation_cases_request_key_uq").on(t.createdBy, t.requestKey),
    index("mediation_cases_status_idx").on(t.status),
    index("mediation_cases_created_idx").on(t.createdAt, t.id),
    index("mediation_cases_accepted_idx").on(t.acceptedAt),
    // Monthly statistics: cases closed in a period (issue 12).
    index("mediation_cases_closed_idx").on(t.closedAt),
    check("mediation_cases_seq_ck", sql`${t.seq} >= 1`),
  ],
);

/** 申请人 / 被申请人: a snapshot of the person at registration, linked to the register when known. */
export const mediationParties = sqliteTable(
  "mediation_parties",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    caseId: integer()
      .notNull()
      .references(() => mediationCases.id),
    role: text({ enum: MEDIATION_PARTY_ROLES }).notNull(),
    sortOrder: integer().notNull().default(0),
    residentId: integer().references(() => residents.id),
    name: text().notNull(),
    gender: text({ enum: ["male", "female"] }),
    ethnicity: text(),
    age: integer(),
    occupation: text(),
    phone: text(),
    address: text(),
  },
  (t) => [index("mediation_parties_case_idx").on(t.caseId, t.sortOrder), index("mediation_parties_resident_idx").on(t.residentId), index("mediation_parties_name_idx").on(t.name)],
);

/**
 * The text a case list search looks through, one row per case: case number, summary and party
 * names joined by U+001F (no search text contains it, so a match never spans two fields).
 * Kept by triggers (migration 0013) on every insert or change of a case or a party; walked in
 * list order through a covering index, so a search reads this narrow index instead of every case
 * and a subquery over every party (issue 12).
 */
export const mediationSearch = sqliteTable(
  "mediation_search",
  {
    caseId: integer()
      .primaryKey()
      .references(() => mediationCases.id, { onDelete: "cascade" }),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
    text: text().notNull(),
  },
  (t) => [index("mediation_search_walk_idx").on(t.createdAt, t.caseId, t.text)],
);

/** Who works on a case: one lead mediator, assisting mediators, and the assigned counsellor. */
export const mediationTeam = sqliteTable(
  "mediation_team",
  {
    caseId: integer()
      .notNull()
      .references(() => mediationCases.id),
    userId: integer()
      .notNull()
      .references(() => users.id),
    role: text({ enum: MEDIATION_TEAM_ROLES }).notNull(),
    assignedAt: integer({ mode: "timestamp_ms" }).notNull(),
    assignedBy: integer().references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.userId] }), index("mediation_team_user_idx").on(t.userId, t.role)],
);

/** Every state change: from, to, who, when, why. */
export const mediationTransitions = sqliteTable(
  "mediation_transitions",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    caseId: integer()
      .notNull()
      .references(() => mediationCases.id),
    fromStatus: text({ enum: MEDIATION_STATUSES }),
    toStatus: text({ enum: MEDIATION_STATUSES }).notNull(),
    byId: integer()
      .notNull()
      .references(() => users.id),
    at: integer({ mode: "timestamp_ms" }).notNull(),
    reason: text(),
  },
  (t) => [index("mediation_transitions_case_idx").on(t.caseId, t.at)],
);

export interface MediationStatement {
  partyId: number;
  text: string;
}

/** 调解记录: one mediation meeting; it may hold a room through the booking engine. */
export const mediationSessions = sqliteTable(
  "mediation_sessions",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    caseId: integer()
      .notNull()
      .references(() => mediationCases.id),
    heldAt: integer({ mode: "timestamp_ms" }).notNull(),
    endAt: integer({ mode: "timestamp_ms" }),
    place: text().notNull(),
    roomReservationId: integer().references(() => reservations.id),
    participants: text().notNull(),
    statements: text({ mode: "json" }).$type<MediationStatement[]>().notNull().default(sql`'[]'`),
    facts: text(),
    outcome: text(),
    recorderId: integer()
      .notNull()
      .references(() => users.id),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
    updatedAt: integer({ mode: "timestamp_ms" }),
  },
  (t) => [index("mediation_sessions_case_idx").on(t.caseId, t.heldAt), check("mediation_sessions_order_ck", sql`${t.endAt} IS NULL OR ${t.endAt} > ${t.heldAt}`)],
);

/** 人民调解协议书 (or a recorded oral agreement): at most one per case. */
export const mediationAgreements = sqliteTable(
  "mediation_agreements",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    caseId: integer()
      .notNull()
      .references(() => mediationCases.id),
    agreementNo: text().notNull(),
    oral: integer({ mode: "boolean" }).notNull().default(false),
    // 纠纷主要事实、争议事项及各方责任
    facts: text().notNull(),
    // 协议内容
    content: text().notNull(),
    performanceMethod: text(),
    performanceDeadlineOn: text(),
    signedOn: text().notNull(),
    createdBy: integer()
      .notNull()
      .references(() => users.id),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
    updatedAt: integer({ mode: "timestamp_ms" }),
  },
  (t) => [uniqueIndex("mediation_agreements_case_uq").on(t.caseId), uniqueIndex("mediation_agreements_no_uq").on(t.agreementNo)],
);

/** 回访记录: was the agreement performed, are the parties satisfied, what risks remain. */
export const mediationFollowUps = sqliteTable(
  "mediation_follow_ups",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    caseId: integer()
      .notNull()
      .references(() => mediationCases.id),
    visitedAt: integer({ mode: "timestamp_ms" }).notNull(),
    method: text({ enum: MEDIATION_FOLLOW_UP_METHODS }).notNull(),
    byId: integer()
      .notNull()
      .references(() => users.id),
    performed: text({ enum: MEDIATION_PERFORMANCE }).notNull(),
    satisfaction: text({ enum: MEDIATION_SATISFACTION }).notNull(),
    situation: text(),
    risks: text(),
    measures: text(),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("mediation_follow_ups_case_idx").on(t.caseId, t.visitedAt)],
);

/** The counsellor's psychological-support notes: readable by the case team only (not by other admins). */
export const mediationSupportNotes = sqliteTable(
  "mediation_support_notes",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    caseId: integer()
      .notNull()
      .references(() => mediationCases.id),
    authorId: integer()
      .notNull()
      .references(() => users.id),
    text: text().notNull(),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("mediation_support_notes_case_idx").on(t.caseId, t.createdAt)],
);

export type MediationCase = typeof mediationCases.$inferSelect;
export type NewMediationCase = typeof mediationCases.$inferInsert;
export type MediationParty = typeof mediationParties.$inferSelect;
export type NewMediationParty = typeof mediationParties.$inferInsert;
export type MediationTeamMember = typeof mediationTeam.$inferSelect;
export type MediationTransition = typeof mediationTransitions.$inferSelect;
export type MediationSession = typeof mediationSessions.$inferSelect;
export type MediationAgreement = typeof mediationAgreements.$inferSelect;
export type MediationFollowUp = typeof mediationFollowUps.$inferSelect;
export type MediationSupportNote = typeof mediationSupportNotes.$inferSelect;
