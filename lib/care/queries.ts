import { and, asc, countDistinct, desc, eq, gte, inArray, isNull, lt, lte, ne, or, sql, type SQL } from "drizzle-orm";
import {
  careActivities,
  careAssignments,
  careFollowUps,
  careMemberships,
  carePersons,
  careRiskHistory,
  careVisits,
  residents,
  userRoles,
  users,
  CARE_GROUPS,
  RISK_COLORS,
  type BereavedDetails,
  type CareDetails,
  type CareGroup,
  type CareStatus,
  type CorrectionsDetails,
  type LeftBehindDetails,
  type LeftBehindKind,
  type LegalBasis,
  type PetitionerDetails,
  type ReferralKind,
  type RiskColor,
  type VisitKind,
  type VisitObservations,
} from "@/db/schema";
import { assertRole, hasRole } from "../auth/actor";
import type { Ctx } from "../context";
import { appError } from "../errors";
import { t } from "../i18n/messages";
import { contains } from "../search";
import { addLocalDays, localDateRange, parseLocalDate, toLocalDate } from "../time";
import { assertCareRole, auditCare, personHead, readCadence, today } from "./internal";
import { followUpsOfPerson, type FollowUpItem } from "./follow-ups";
import { canSeeRestricted, isRestrictedGroup } from "./policy";
import { addDaysToLocalDate, bucketOf, endOfThisWeek, overdueDays, type Cadence, type DueBucket } from "./schedule";
import type { DueVisitsInput, ListPersonsInput, ListVisitsInput, OverviewInput, SearchResidentsInput } from "./schemas";

export const DEFAULT_LIMIT = 50;

// --- cursors -----------------------------------------------------------------------------------

function offsetOf(cursor: string | undefined): number {
  if (!cursor) return 0;
  const m = /^o(\d{1,6})$/.exec(cursor);
  if (!m) throw appError("validation", undefined, { cursor: [t("care.error.invalidCursor")] });
  return Number(m[1]);
}

function page<T>(rows: T[], offset: number, limit: number): { items: T[]; nextCursor: string | null } {
  return { items: rows.slice(0, limit), nextCursor: rows.length > limit ? `o${offset + limit}` : null };
}

// --- shared pieces -----------------------------------------------------------------------------

/** A carer's own persons; admin: everyone. The one `where` every list of persons starts from. */
function visibleTo(ctx: Ctx): SQL | undefined {
  if (hasRole(ctx.actor, "admin")) return undefined;
  return inArray(carePersons.id, ctx.db.select({ id: careAssignments.personId }).from(careAssignments).where(eq(careAssignments.carerId, ctx.actor.userId)));
}

const colorOrder = sql`CASE ${carePersons.riskColor} WHEN 'red' THEN 0 WHEN 'yellow' THEN 1 ELSE 2 END`;

export interface GroupTag {
  group: CareGroup;
  leftBehindKind: LeftBehindKind | null;
}

export interface CarerRef {
  id: number;
  name: string;
}

export interface PersonListItem {
  id: number;
  residentId: number;
  name: string;
  gender: "male" | "female" | null;
  birthYear: number | null;
  phone: string | null;
  address: string | null;
  community: string | null;
  groups: GroupTag[];
  riskColor: RiskColor;
  status: CareStatus;
  nextVisitDue: string | null;
  overdueDays: number;
  lastVisitAt: Date | null;
  carers: CarerRef[];
  /** An open follow-up request (a hotline referral) is waiting for a visit. */
  followUpRequested: boolean;
}

const listColumns = {
  id: carePersons.id,
  residentId: carePersons.residentId,
  name: residents.name,
  gender: residents.gender,
  birthYear: residents.birthYear,
  phone: residents.phone,
  address: residents.address,
  community: residents.community,
  riskColor: carePersons.riskColor,
  status: carePersons.status,
  nextVisitDue: carePersons.nextVisitDue,
  lastVisitAt: carePersons.lastVisitAt,
};

interface ListRow {
  id: number;
  residentId: number;
  name: string;
  gender: "male" | "female" | null;
  birthYear: number | null;
  phone: string | null;
  address: string | null;
  community: string | null;
  riskColor: RiskColor;
  status: CareStatus;
  nextVisitDue: string | null;
  lastVisitAt: Date | null;
}

function groupsOf(ctx: Ctx, rows: { id: number; status: CareStatus }[]): Map<number, GroupTag[]> {
  const out = new Map<number, GroupTag[]>();
  if (rows.length === 0) return out;
  const exited = new Set(rows.filter((r) => r.status === "exited").map((r) => r.id));
  const ms = ctx.db
    .select({ personId: careMemberships.personId, group: careMemberships.group, leftBehindKind: careMemberships.leftBehindKind, endedAt: careMemberships.endedAt })
    .from(careMemberships)
    .where(inArray(careMemberships.personId, rows.map((r) => r.id)))
    .all();
  for (const m of ms.sort((a, b) => CARE_GROUPS.indexOf(a.group) - CARE_GROUPS.indexOf(b.group))) {
    // An exited person keeps the groups they left care from; an active one shows their current groups.
    if (m.endedAt && !exited.has(m.personId)) continue;
    out.set(m.personId, [...(out.get(m.personId) ?? []), { group: m.group, leftBehindKind: m.leftBehindKind }]);
  }
  return out;
}

function carersOf(ctx: Ctx, ids: number[]): Map<number, CarerRef[]> {
  const out = new Map<number, CarerRef[]>();
  if (ids.length === 0) return out;
  const rows = ctx.db
    .select({ personId: careAssignments.personId, id: users.id, name: users.name })
    .from(careAssignments)
    .innerJoin(users, eq(users.id, careAssignments.carerId))
    .where(inArray(careAssignments.personId, ids))
    .orderBy(asc(users.name))
    .all();
  for (const r of rows) out.set(r.personId, [...(out.get(r.personId) ?? []), { id: r.id, name: r.name }]);
  return out;
}

function requestedOf(ctx: Ctx, rows: ListRow[]): Set<number> {
  const active = rows.filter((r) => r.status === "active").map((r) => r.id);
  if (active.length === 0) return new Set();
  return new Set(
    ctx.db
      .selectDistinct({ personId: careFollowUps.personId })
      .from(careFollowUps)
      .where(and(inArray(careFollowUps.personId, active), eq(careFollowUps.status, "open")))
      .all()
      .map((r) => r.personId!),
  );
}

function toListItems(ctx: Ctx, rows: ListRow[]): PersonListItem[] {
  const on = today(ctx);
  const groups = groupsOf(ctx, rows);
  const carers = carersOf(ctx, rows.map((r) => r.id));
  const requested = requestedOf(ctx, rows);
  return rows.map((r) => ({
    id: r.id,
    residentId: r.residentId,
    name: r.name,
    gender: r.gender,
    birthYear: r.birthYear,
    phone: r.phone,
    address: r.address,
    community: r.community,
    groups: groups.get(r.id) ?? [],
    riskColor: r.riskColor,
    status: r.status,
    nextVisitDue: r.nextVisitDue,
    overdueDays: r.status === "active" ? overdueDays(r.nextVisitDue, on) : 0,
    lastVisitAt: r.lastVisitAt,
    carers: carers.get(r.id) ?? [],
    followUpRequested: requested.has(r.id),
  }));
}

// --- the register ------------------------------------------------------------------------------

/** The register of persons in care the actor may see, filtered; active first, red first, by name. */
export function listPersons(ctx: Ctx, input: ListPersonsInput): { items: PersonListItem[]; nextCursor: string | null } {
  assertCareRole(ctx);
  const limit = input.limit ?? DEFAULT_LIMIT;
  const offset = offsetOf(input.cursor);
  const conds: (SQL | undefined)[] = [visibleTo(ctx)];
  if (input.status) conds.push(eq(carePersons.status, input.status));
  if (input.color) conds.push(eq(carePersons.riskColor, input.color));
  if (input.group) {
    conds.push(
      inArray(
        carePersons.id,
        ctx.db
          .select({ id: careMemberships.personId })
          .from(careMemberships)
          .innerJoin(carePersons, eq(carePersons.id, careMemberships.personId))
          .where(and(eq(careMemberships.group, input.group), or(isNull(careMemberships.endedAt), eq(carePersons.status, "exited")))),
      ),
    );
  }
  if (input.carerId) conds.push(inArray(carePersons.id, ctx.db.select({ id: careAssignments.personId }).from(careAssignments).where(eq(careAssignments.carerId, input.carerId))));
  if (input.q) conds.push(or(contains(residents.name, input.q), contains(residents.phone, input.q), contains(residents.address, input.q)));
  const rows = ctx.db
    .select(listColumns)
    .from(carePersons)
    .innerJoin(residents, eq(residents.id, carePersons.residentId))
    .where(and(...conds))
    .orderBy(asc(carePersons.status), colorOrder, asc(residents.name), asc(carePersons.id))
    .limit(limit + 1)
    .offset(offset)
    .all();
  return page(toListItems(ctx, rows), offset, limit);
}

// --- the work list -----------------------------------------------------------------------------

export interface DueItem extends PersonListItem {
  nextVisitDue: string;
  bucket: DueBucket;
}

/**
 * The carer's work list: active persons due on or before `before` (default: the end of this week;
 * `null`: everyone), most days overdue first, then red before yellow before green, then due date.
 */
export function dueVisits(ctx: Ctx, input: Omit<DueVisitsInput, "before"> & { before?: string | null }): { items: DueItem[]; nextCursor: string | null; today: string } {
  assertCareRole(ctx);
  const on = today(ctx);
  const weekEnd = endOfThisWeek(ctx.now);
  const before = input.before === undefined ? weekEnd : input.before;
  const limit = input.limit ?? DEFAULT_LIMIT;
  const offset = offsetOf(input.cursor);
  // The page is chosen on care_persons alone, then joined to the residents: sorting a carer's
  // hundreds of due persons with their resident rows attached cost twice as much (issue 12).
  const ids = ctx.db
    .select({ id: carePersons.id })
    .from(carePersons)
    .where(and(visibleTo(ctx), eq(carePersons.status, "active"), before ? lte(carePersons.nextVisitDue, before) : undefined))
    .orderBy(sql`CASE WHEN ${carePersons.nextVisitDue} < ${on} THEN ${carePersons.nextVisitDue} ELSE '9999-12-31' END`, colorOrder, asc(carePersons.nextVisitDue), asc(carePersons.id))
    .limit(limit + 1)
    .offset(offset)
    .all()
    .map((r) => r.id);
  const byId = new Map(ids.length ? ctx.db.select(listColumns).from(carePersons).innerJoin(residents, eq(residents.id, carePersons.residentId)).where(inArray(carePersons.id, ids)).all().map((r) => [r.id, r]) : []);
  const rows = ids.map((id) => byId.get(id)).filter((r): r is ListRow => r !== undefined);
  const items = toListItems(ctx, rows).map((r) => Object.assign(r, { nextVisitDue: r.nextVisitDue!, bucket: bucketOf(r.nextVisitDue!, on, weekEnd) }));
  return { ...page(items, offset, limit), today: on };
}

// --- one person --------------------------------------------------------------------------------

export interface GroupDetail extends GroupTag {
  legalBasis: LegalBasis;
  consentNote: string | null;
  basisRecordedAt: Date;
  since: Date;
  endedAt: Date | null;
  endReason: string | null;
  /** Corrections or petition details: the most restricted tier. */
  restricted: boolean;
  /** null when the reader may not see this tier. */
  details: CareDetails | null;
}

export interface ColorChange {
  id: number;
  from: RiskColor | null;
  to: RiskColor;
  reason: string | null;
  visitId: number | null;
  byName: string;
  at: Date;
}

export interface VisitItem {
  id: number;
  visitedAt: Date;
  kind: VisitKind;
  visitors: CarerRef[];
  observations: VisitObservations;
  needs: string | null;
  measures: string | null;
  colorBefore: RiskColor;
  colorAfter: RiskColor;
  referral: ReferralKind | null;
  referralNote: string | null;
  /** The record the referral created: an appointment request or a mediation case. */
  referralAppointmentId: number | null;
  referralMediationCaseId: number | null;
  activity: { id: number; title: string } | null;
  createdByName: string;
}

export interface PersonDetail {
  id: number;
  resident: { id: number; name: string; gender: "male" | "female" | null; birthYear: number | null; phone: string | null; address: string | null; community: string | null };
  status: CareStatus;
  riskColor: RiskColor;
  nextVisitDue: string | null;
  overdueDays: number;
  lastVisitAt: Date | null;
  registeredOn: string;
  exitReason: string | null;
  exitedOn: string | null;
  createdAt: Date;
  groups: GroupDetail[];
  carers: (CarerRef & { phone: string | null })[];
  colorHistory: ColorChange[];
  visits: VisitItem[];
  moreVisits: boolean;
  restrictedVisible: boolean;
  cadence: Cadence;
  /** Follow-up requests from other services (a hotline call), open first. */
  followUps: FollowUpItem[];
}

// Each group's details are copied field by field: whatever else the JSON column holds never leaves.
function detailsView(group: CareGroup, d: CareDetails): CareDetails {
  switch (group) {
    case "corrections": {
      const v = d as CorrectionsDetails;
      return { termStart: v.termStart, termEnd: v.termEnd, supervisingOffice: v.supervisingOffice, notes: v.notes };
    }
    case "bereaved": {
      const v = d as BereavedDetails;
      return { familySituation: v.familySituation, lossYear: v.lossYear, notes: v.notes };
    }
    case "petitioner": {
      const v = d as PetitionerDetails;
      return { matter: v.matter, since: v.since, responsibleUnit: v.responsibleUnit, notes: v.notes };
    }
    case "left_behind": {
      const v = d as LeftBehindDetails;
      return { contactName: v.contactName, contactRelation: v.contactRelation, contactPhone: v.contactPhone, notes: v.notes };
    }
  }
}

/** The group details as a reader may get them: restricted tiers stripped unless `restrictedVisible`. */
export function groupDetailsFor(
  rows: { group: CareGroup; leftBehindKind: LeftBehindKind | null; details: CareDetails; legalBasis: LegalBasis; consentNote: string | null; basisRecordedAt: Date; createdAt: Date; endedAt: Date | null; endReason: string | null }[],
  restrictedVisible: boolean,
): GroupDetail[] {
  return rows.map((m) => {
    const restricted = isRestrictedGroup(m.group);
    return {
      group: m.group,
      leftBehindKind: m.leftBehindKind,
      legalBasis: m.legalBasis,
      consentNote: m.consentNote,
      basisRecordedAt: m.basisRecordedAt,
      since: m.createdAt,
      endedAt: m.endedAt,
      endReason: m.endReason,
      restricted,
      details: restricted && !restrictedVisible ? null : detailsView(m.group, m.details),
    };
  });
}

function visitItems(ctx: Ctx, personId: number, limit: number, offset: number): VisitItem[] {
  const rows = ctx.db
    .select({
      id: careVisits.id,
      visitedAt: careVisits.visitedAt,
      kind: careVisits.kind,
      visitorIds: careVisits.visitorIds,
      observations: careVisits.observations,
      needs: careVisits.needs,
      measures: careVisits.measures,
      colorBefore: careVisits.colorBefore,
      colorAfter: careVisits.colorAfter,
      referral: careVisits.referral,
      referralNote: careVisits.referralNote,
      referralAppointmentId: careVisits.referralAppointmentId,
      referralMediationCaseId: careVisits.referralMediationCaseId,
      activityId: careActivities.id,
      activityTitle: careActivities.title,
      createdByName: users.name,
    })
    .from(careVisits)
    .innerJoin(users, eq(users.id, careVisits.createdBy))
    .leftJoin(careActivities, eq(careActivities.id, careVisits.activityId))
    .where(eq(careVisits.personId, personId))
    .orderBy(desc(careVisits.visitedAt), desc(careVisits.id))
    .limit(limit)
    .offset(offset)
    .all();
  const ids = [...new Set(rows.flatMap((r) => r.visitorIds))];
  const names = new Map(ids.length ? ctx.db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids)).all().map((u) => [u.id, u.name] as const) : []);
  return rows.map((r) => ({
    id: r.id,
    visitedAt: r.visitedAt,
    kind: r.kind,
    visitors: r.visitorIds.map((id) => ({ id, name: names.get(id) ?? "" })),
    observations: { family: r.observations.family, health: r.observations.health, economic: r.observations.economic, mental: r.observations.mental },
    needs: r.needs,
    measures: r.measures,
    colorBefore: r.colorBefore,
    colorAfter: r.colorAfter,
    referral: r.referral,
    referralNote: r.referralNote,
    referralAppointmentId: r.referralAppointmentId,
    referralMediationCaseId: r.referralMediationCaseId,
    activity: r.activityId ? { id: r.activityId, title: r.activityTitle ?? "" } : null,
    createdByName: r.createdByName,
  }));
}

const RECENT_VISITS = 20;

/** One person's file as the actor may read it. Every read is audited (codes only). */
export function getPerson(ctx: Ctx, id: number): PersonDetail {
  const head = personHead(ctx, id);
  const restrictedVisible = canSeeRestricted(ctx.actor, head.carerIds);
  const p = ctx.db
    .select({
      registeredOn: carePersons.registeredOn,
      exitReason: carePersons.exitReason,
      exitedOn: carePersons.exitedOn,
      createdAt: carePersons.createdAt,
      rId: residents.id,
      name: residents.name,
      gender: residents.gender,
      birthYear: residents.birthYear,
      phone: residents.phone,
      address: residents.address,
      community: residents.community,
    })
    .from(carePersons)
    .innerJoin(residents, eq(residents.id, carePersons.residentId))
    .where(eq(carePersons.id, id))
    .get()!;
  const memberships = ctx.db
    .select({
      group: careMemberships.group,
      leftBehindKind: careMemberships.leftBehindKind,
      details: careMemberships.details,
      legalBasis: careMemberships.legalBasis,
      consentNote: careMemberships.consentNote,
      basisRecordedAt: careMemberships.basisRecordedAt,
      createdAt: careMemberships.createdAt,
      endedAt: careMemberships.endedAt,
      endReason: careMemberships.endReason,
    })
    .from(careMemberships)
    .where(eq(careMemberships.personId, id))
    .all()
    .sort((a, b) => Number(!!a.endedAt) - Number(!!b.endedAt) || CARE_GROUPS.indexOf(a.group) - CARE_GROUPS.indexOf(b.group));
  const carers = ctx.db
    .select({ id: users.id, name: users.name, phone: users.phone })
    .from(careAssignments)
    .innerJoin(users, eq(users.id, careAssignments.carerId))
    .where(eq(careAssignments.personId, id))
    .orderBy(asc(users.name))
    .all();
  const colorHistory = ctx.db
    .select({ id: careRiskHistory.id, from: careRiskHistory.fromColor, to: careRiskHistory.toColor, reason: careRiskHistory.reason, visitId: careRiskHistory.visitId, byName: users.name, at: careRiskHistory.at })
    .from(careRiskHistory)
    .innerJoin(users, eq(users.id, careRiskHistory.byUserId))
    .where(eq(careRiskHistory.personId, id))
    .orderBy(desc(careRiskHistory.at), desc(careRiskHistory.id))
    .all();
  const visits = visitItems(ctx, id, RECENT_VISITS + 1, 0);
  auditCare(ctx, "care.person.read", id, { restrictedShown: restrictedVisible && memberships.some((m) => isRestrictedGroup(m.group)) });
  return {
    id,
    resident: { id: p.rId, name: p.name, gender: p.gender, birthYear: p.birthYear, phone: p.phone, address: p.address, community: p.community },
    status: head.status,
    riskColor: head.riskColor,
    nextVisitDue: head.nextVisitDue,
    overdueDays: head.status === "active" ? overdueDays(head.nextVisitDue, today(ctx)) : 0,
    lastVisitAt: head.lastVisitAt,
    registeredOn: p.registeredOn,
    exitReason: p.exitReason,
    exitedOn: p.exitedOn,
    createdAt: p.createdAt,
    groups: groupDetailsFor(memberships, restrictedVisible),
    carers,
    colorHistory,
    visits: visits.slice(0, RECENT_VISITS),
    moreVisits: visits.length > RECENT_VISITS,
    restrictedVisible,
    cadence: readCadence(ctx.db),
    followUps: followUpsOfPerson(ctx, id),
  };
}

/** A person's visits, newest first (audited like the file itself). */
export function listVisits(ctx: Ctx, personId: number, input: ListVisitsInput): { items: VisitItem[]; nextCursor: string | null } {
  personHead(ctx, personId);
  const limit = input.limit ?? DEFAULT_LIMIT;
  const offset = offsetOf(input.cursor);
  const rows = visitItems(ctx, personId, limit + 1, offset);
  auditCare(ctx, "care.visits.read", personId, { offset });
  return page(rows, offset, limit);
}

// --- helpers for forms -------------------------------------------------------------------------

/** Active carers, for assigning and for filters. */
export function listCarers(ctx: Ctx): CarerRef[] {
  assertCareRole(ctx);
  return ctx.db
    .select({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "carer")))
    .where(eq(users.active, true))
    .orderBy(asc(users.name), asc(users.id))
    .all();
}

export function getCadence(ctx: Ctx): Cadence {
  assertCareRole(ctx);
  return readCadence(ctx.db);
}

export interface ResidentMatch {
  id: number;
  name: string;
  gender: "male" | "female" | null;
  birthYear: number | null;
  community: string | null;
  /** The last four digits only: enough to tell two namesakes apart. */
  phoneTail: string | null;
  inCare: "active" | "exited" | null;
}

const matchColumns = { id: residents.id, name: residents.name, gender: residents.gender, birthYear: residents.birthYear, community: residents.community, phone: residents.phone, inCare: carePersons.status };

function toMatch(r: { id: number; name: string; gender: "male" | "female" | null; birthYear: number | null; community: string | null; phone: string | null; inCare: CareStatus | null }): ResidentMatch {
  return { id: r.id, name: r.name, gender: r.gender, birthYear: r.birthYear, community: r.community, phoneTail: r.phone ? r.phone.slice(-4) : null, inCare: r.inCare ?? null };
}

/** Finds a resident in the register to take into care (name or phone, literal match). */
export function searchResidents(ctx: Ctx, input: SearchResidentsInput): ResidentMatch[] {
  assertCareRole(ctx);
  const rows = ctx.db
    .select(matchColumns)
    .from(residents)
    .leftJoin(carePersons, eq(carePersons.residentId, residents.id))
    .where(or(contains(residents.name, input.q), contains(residents.phone, input.q)))
    .orderBy(asc(residents.name), asc(residents.id))
    .limit(20)
    .all();
  return rows.map(toMatch);
}

/** One resident to take into care, chosen already (a referral waiting for registration). */
export function residentMatch(ctx: Ctx, residentId: number): ResidentMatch | null {
  assertCareRole(ctx);
  const r = ctx.db.select(matchColumns).from(residents).leftJoin(carePersons, eq(carePersons.residentId, residents.id)).where(eq(residents.id, residentId)).get();
  return r ? toMatch(r) : null;
}

/** Persons the actor may pick for a group activity: active, visible, by name. */
export function activityCandidates(ctx: Ctx): { id: number; name: string; riskColor: RiskColor; groups: GroupTag[] }[] {
  assertCareRole(ctx);
  const rows = ctx.db
    .select(listColumns)
    .from(carePersons)
    .innerJoin(residents, eq(residents.id, carePersons.residentId))
    .where(and(visibleTo(ctx), eq(carePersons.status, "active")))
    .orderBy(asc(residents.name), asc(carePersons.id))
    .limit(1000)
    .all();
  const groups = groupsOf(ctx, rows);
  return rows.map((r) => ({ id: r.id, name: r.name, riskColor: r.riskColor, groups: groups.get(r.id) ?? [] }));
}

// --- admin overview ----------------------------------------------------------------------------

export interface CareOverview {
  month: string;
  byGroup: { group: CareGroup; red: number; yellow: number; green: number; total: number }[];
  byColor: Record<RiskColor, number>;
  activePersons: number;
  unassigned: number;
  visitsThisMonth: number;
  personsVisited: number;
  personsDue: number;
  byCarer: { id: number; name: string; assigned: number; overdue: number; dueThisWeek: number }[];
}

/**
 * Persons per group and colour, visits done vs due in the month (persons visited in the month against
 * persons who needed a visit in it: visited, or due by the month's end), and overdue persons by carer.
 */
export function careOverview(ctx: Ctx, input: OverviewInput): CareOverview {
  assertRole(ctx.actor, "admin");
  const on = today(ctx);
  const month = input.month ?? on.slice(0, 7);
  const first = `${month}-01`;
  const nextMonth = toLocalDate(addLocalDays(parseLocalDate(first)!, 32)).slice(0, 7);
  const last = addDaysToLocalDate(`${nextMonth}-01`, -1);
  const range = localDateRange(first, last)!;

  const byGroupRows = ctx.db
    .select({ group: careMemberships.group, color: carePersons.riskColor, n: countDistinct(carePersons.id) })
    .from(careMemberships)
    .innerJoin(carePersons, eq(carePersons.id, careMemberships.personId))
    .where(and(eq(carePersons.status, "active"), isNull(careMemberships.endedAt)))
    .groupBy(careMemberships.group, carePersons.riskColor)
    .all();
  const byGroup = CARE_GROUPS.map((group) => {
    const row = { group, red: 0, yellow: 0, green: 0, total: 0 };
    for (const r of byGroupRows.filter((x) => x.group === group)) {
      row[r.color] = r.n;
      row.total += r.n;
    }
    return row;
  });
  const byColor = { red: 0, yellow: 0, green: 0 } as Record<RiskColor, number>;
  for (const r of ctx.db.select({ color: carePersons.riskColor, n: sql<number>`count(*)` }).from(carePersons).where(eq(carePersons.status, "active")).groupBy(carePersons.riskColor).all()) byColor[r.color] = r.n;
  const activePersons = RISK_COLORS.reduce((s, c) => s + byColor[c], 0);
  const unassigned =
    ctx.db
      .select({ n: sql<number>`count(*)` })
      .from(carePersons)
      .where(and(eq(carePersons.status, "active"), sql`NOT EXISTS (SELECT 1 FROM ${careAssignments} WHERE ${careAssignments.personId} = ${carePersons.id})`))
      .get()?.n ?? 0;

  const inMonth = and(gte(careVisits.visitedAt, range.start), lt(careVisits.visitedAt, range.end));
  const visitsThisMonth = ctx.db.select({ n: sql<number>`count(*)` }).from(careVisits).where(inMonth).get()?.n ?? 0;
  const visited = new Set(ctx.db.selectDistinct({ id: careVisits.personId }).from(careVisits).where(inMonth).all().map((r) => r.id));
  const dueBy = ctx.db
    .select({ id: carePersons.id })
    .from(carePersons)
    .where(and(eq(carePersons.status, "active"), lte(carePersons.nextVisitDue, last)))
    .all()
    .map((r) => r.id);
  const personsDue = new Set([...visited, ...dueBy]).size;

  const weekEnd = endOfThisWeek(ctx.now);
  const carerRows = ctx.db
    .select({ id: users.id, name: users.name, due: carePersons.nextVisitDue })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "carer")))
    .leftJoin(careAssignments, eq(careAssignments.carerId, users.id))
    .leftJoin(carePersons, and(eq(carePersons.id, careAssignments.personId), eq(carePersons.status, "active")))
    .where(eq(users.active, true))
    .all();
  const carers = new Map<number, { id: number; name: string; assigned: number; overdue: number; dueThisWeek: number }>();
  for (const r of carerRows) {
    const c = carers.get(r.id) ?? { id: r.id, name: r.name, assigned: 0, overdue: 0, dueThisWeek: 0 };
    if (r.due) {
      c.assigned++;
      if (r.due < on) c.overdue++;
      else if (r.due <= weekEnd) c.dueThisWeek++;
    }
    carers.set(r.id, c);
  }
  const byCarer = [...carers.values()].sort((a, b) => b.overdue - a.overdue || b.dueThisWeek - a.dueThisWeek || a.name.localeCompare(b.name, "zh-CN"));

  return { month, byGroup, byColor, activePersons, unassigned, visitsThisMonth, personsVisited: visited.size, personsDue, byCarer };
}

/** Overdue persons of one carer (admin's drill-down from the overview); ne() keeps the exited out. */
export function overdueOf(ctx: Ctx, carerId: number): PersonListItem[] {
  assertRole(ctx.actor, "admin");
  const rows = ctx.db
    .select(listColumns)
    .from(carePersons)
    .innerJoin(residents, eq(residents.id, carePersons.residentId))
    .innerJoin(careAssignments, and(eq(careAssignments.personId, carePersons.id), eq(careAssignments.carerId, carerId)))
    .where(and(ne(carePersons.status, "exited"), lt(carePersons.nextVisitDue, today(ctx))))
    .orderBy(asc(carePersons.nextVisitDue), colorOrder, asc(carePersons.id))
    .all();
  return toListItems(ctx, rows);
}
