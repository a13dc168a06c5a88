import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { residents, users } from "./core";
import { CARE_GROUPS, LEFT_BEHIND_KINDS, RISK_COLORS, CARE_STATUSES, VISIT_KINDS, LEGAL_BASES, REFERRAL_KINDS, FOLLOW_UP_SOURCES, FOLLOW_UP_STATUSES } from "./codes";
export { CARE_GROUPS, LEFT_BEHIND_KINDS, RISK_COLORS, CARE_STATUSES, VISIT_KINDS, LEGAL_BASES, REFERRAL_KINDS, FOLLOW_UP_SOURCES, FOLLOW_UP_STATUSES, type CareGroup, type LeftBehindKind, type RiskColor, type CareStatus, type VisitKind, type LegalBasis, type ReferralKind, type FollowUpSource, type FollowUpStatus } from "./codes";

/** Group-specific details, one shape per group (validated by lib/care/schemas.ts). */
export interface CorrectionsDetails {
  termStart?: string;
  termEnd?: string;
  supervisingOffice?: string;
  notes?: string;
}
export interface BereavedDetails {
  familySituation?: string;
  lossYear?: number;
  notes?: string;
}
export interface PetitionerDetails {
  matter?: string;
  since?: string;
  responsibleUnit?: string;
  notes?: string;
}
export interface LeftBehindDetails {
  contactName?: string;
  contactRelation?: string;
  contactPhone?: string;
  notes?: string;
}
export type CareDetails = CorrectionsDetails | BereavedDetails | PetitionerDetails | LeftBehindDetails;

export interface VisitObservations {
  family?: string;
  health?: string;
  economic?: string;
  mental?: string;
}

/**
 * A person in the centre's care: one row per resident (一人一档), whatever groups they belong to.
 * The colour, the carers, the visits and the due date belong to the human being, so a person who is
 * both bereaved and left-behind is visited on one schedule, not two. `nextVisitDue` is a centre-local
 * date ("YYYY-MM-DD"), recomputed by every change (lib/care/schedule.ts); null once exited.
 */
export const carePersons = sqliteTable(
  "care_persons",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    residentId: integer()
      .notNull()
      .references(() => residents.id),
    status: text({ enum: CARE_STATUSES }).notNull().default("active"),
    riskColor: text({ enum: RISK_COLORS }).notNull(),
    nextVisitDue: text(),
    lastVisitAt: integer({ mode: "timestamp_ms" }),
    // The local date the person entered care: the first visit is due that day.
    registeredOn: text().notNull(),
    exitReason: text(),
    exitedOn: text(),
    exitedAt: integer({ mode: "timestamp_ms" }),
    exitedBy: integer().references(() => users.id),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
    createdBy: integer()
      .notNull()
      .references(() => users.id),
    updatedAt: integer({ mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    uniqueIndex("care_persons_resident_uq").on(t.residentId),
    index("care_persons_due_idx").on(t.status, t.nextVisitDue),
    index("care_persons_color_idx").on(t.status, t.riskColor),
  ],
);

/**
 * A person's membership of one group, with that group's details and the basis on which the centre
 * processes them (PIPL Art. 28: separate consent, or the legal duty for corrections work). An ended
 * membership keeps its row; re-adding the group reopens it.
 */
export const careMemberships = sqliteTable(
  "care_memberships",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    personId: integer()
      .notNull()
      .references(() => carePersons.id),
    group: text({ enum: CARE_GROUPS }).notNull(),
    leftBehindKind: text({ enum: LEFT_BEHIND_KINDS }),
    details: text({ mode: "json" }).$type<CareDetails>().notNull().default(sql`'{}'`),
    legalBasis: text({ enum: LEGAL_BASES }).notNull(),
    consentNote: text(),
    basisRecordedAt: integer({ mode: "timestamp_ms" }).notNull(),
    basisRecordedBy: integer()
      .notNull()
      .references(() => users.id),
    endedAt: integer({ mode: "timestamp_ms" }),
    endReason: text(),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
    updatedAt: integer({ mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    uniqueIndex("care_memberships_person_group_uq").on(t.personId, t.group),
    index("care_memberships_group_idx").on(t.group, t.endedAt),
    check("care_memberships_kind_ck", sql`(${t.group} = 'left_behind') = (${t.leftBehindKind} IS NOT NULL)`),
    check("care_memberships_basis_ck", sql`(${t.group} = 'corrections') = (${t.legalBasis} = 'legal_duty')`),
  ],
);

/** The carers who visit a person; a carer sees only the persons assigned to them. */
export const careAssignments = sqliteTable(
  "care_assignments",
  {
    personId: integer()
      .notNull()
      .references(() => carePersons.id),
    carerId: integer()
      .notNull()
      .references(() => users.id),
    assignedAt: integer({ mode: "timestamp_ms" }).notNull(),
    assignedBy: integer()
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.personId, t.carerId] }), index("care_assignments_carer_idx").on(t.carerId)],
);

/** An organised group activity (e.g. a holiday visit to bereaved families): one visit per participant. */
export const careActivities = sqliteTable(
  "care_activities",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    clientKey: text(),
    title: text().notNull(),
    heldAt: integer({ mode: "timestamp_ms" }).notNull(),
    location: text(),
    summary: text(),
    createdBy: integer()
      .notNull()
      .references(() => users.id),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("care_activities_client_key_uq").on(t.clientKey), index("care_activities_held_idx").on(t.heldAt)],
);

/**
 * One visit. A clientKey (made by the form when it opens) makes a repeated submit return the same
 * visit. Referral ids point at records of other areas and stay plain integers until they exist.
 */
export const careVisits = sqliteTable(
  "care_visits",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    personId: integer()
      .notNull()
      .references(() => carePersons.id),
    clientKey: text(),
    visitedAt: integer({ mode: "timestamp_ms" }).notNull(),
    kind: text({ enum: VISIT_KINDS }).notNull(),
    visitorIds: text({ mode: "json" }).$type<number[]>().notNull().default(sql`'[]'`),
    observations: text({ mode: "json" }).$type<VisitObservations>().notNull().default(sql`'{}'`),
    needs: text(),
    measures: text(),
    colorBefore: text({ enum: RISK_COLORS }).notNull(),
    colorAfter: text({ enum: RISK_COLORS }).notNull(),
    referral: text({ enum: REFERRAL_KINDS }),
    referralNote: text(),
    referralAppointmentId: integer(),
    referralMediationCaseId: integer(),
    activityId: integer().references(() => careActivities.id),
    createdBy: integer()
      .notNull()
      .references(() => users.id),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    uniqueIndex("care_visits_client_key_uq").on(t.clientKey),
    index("care_visits_person_idx").on(t.personId, t.visitedAt),
    index("care_visits_at_idx").on(t.visitedAt),
    index("care_visits_activity_idx").on(t.activityId),
  ],
);

/** Every colour a person has had: the initial grade (from null), changes by hand, and by visits. */
export const careRiskHistory = sqliteTable(
  "care_risk_history",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    personId: integer()
      .notNull()
      .references(() => carePersons.id),
    fromColor: text({ enum: RISK_COLORS }),
    toColor: text({ enum: RISK_COLORS }).notNull(),
    reason: text(),
    visitId: integer().references(() => careVisits.id),
    byUserId: integer()
      .notNull()
      .references(() => users.id),
    at: integer({ mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("care_risk_history_person_idx").on(t.personId, t.at)],
);

/**
 * A request from another service to follow a resident up (a hotline call referred to the care
 * team, issue 5): it brings the person's next visit forward to `dueOn` while it is open, and the
 * next visit recorded after it closes it. A resident not (yet) in care has no person: the request
 * waits for the admin, and is attached when the resident is registered. The note is the referring
 * operator's words for the carers; the call's own summary stays with the hotline.
 */
export const careFollowUps = sqliteTable(
  "care_follow_ups",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    residentId: integer()
      .notNull()
      .references(() => residents.id),
    personId: integer().references(() => carePersons.id),
    source: text({ enum: FOLLOW_UP_SOURCES }).notNull(),
    sourceId: integer().notNull(),
    dueOn: text().notNull(),
    note: text(),
    status: text({ enum: FOLLOW_UP_STATUSES }).notNull().default("open"),
    doneAt: integer({ mode: "timestamp_ms" }),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
    createdBy: integer()
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    uniqueIndex("care_follow_ups_source_uq").on(t.source, t.sourceId),
    index("care_follow_ups_person_idx").on(t.personId, t.status),
    index("care_follow_ups_resident_idx").on(t.residentId, t.status),
  ],
);

/** Visit cadence per colour, in days; a colour without a row uses the default (red 7, yellow 14, green 30). */
export const careSettings = sqliteTable(
  "care_settings",
  {
    color: text({ enum: RISK_COLORS }).primaryKey(),
    cadenceDays: integer().notNull(),
    updatedAt: integer({ mode: "timestamp_ms" }).notNull(),
    updatedBy: integer().references(() => users.id),
  },
  (t) => [check("care_settings_days_ck", sql`${t.cadenceDays} BETWEEN 1 AND 365`)],
);

export type CarePerson = typeof carePersons.$inferSelect;
export type NewCarePerson = typeof carePersons.$inferInsert;
export type CareMembership = typeof careMemberships.$inferSelect;
export type CareAssignment = typeof careAssignments.$inferSelect;
export type CareVisit = typeof careVisits.$inferSelect;
export type NewCareVisit = typeof careVisits.$inferInsert;
export type CareRiskHistory = typeof careRiskHistory.$inferSelect;
export type CareActivity = typeof careActivities.$inferSelect;
export type CareSetting = typeof careSettings.$inferSelect;
export type CareFollowUp = typeof careFollowUps.$inferSelect;
