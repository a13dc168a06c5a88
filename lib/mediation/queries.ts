import { and, asc, desc, eq, inArray, isNotNull, lt, or, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import {
  mediationAgreements,
  mediationCases,
  mediationFollowUps,
  mediationParties,
  mediationSearch,
  mediationSessions,
  mediationSupportNotes,
  mediationTeam,
  mediationTransitions,
  reservations,
  residents,
  rooms,
  staffProfiles,
  userRoles,
  users,
  type MediationDisputeType,
  type MediationFollowUpMethod,
  type MediationPartyRole,
  type MediationPerformance,
  type MediationRiskColor,
  type MediationSatisfaction,
  type MediationSource,
  type MediationStatement,
  type MediationStatus,
  type MediationTeamRole,
} from "@/db/schema";
import { hasRole } from "../auth/actor";
import type { Ctx } from "../context";
import { appError, forbidden } from "../errors";
import { t } from "../i18n/messages";
import { contains } from "../search";
import { toLocalDate } from "../time";
import { addDaysToDate, currentDeadline, judicialConfirmationEnd, NEAR_DEADLINE_DAYS, type CaseDeadline } from "./deadlines";
import { auditCase, loadVisibleCase } from "./internal";
import { canAssignTeam, canListCases, canManageCase, canReadSupportNotes, canRegisterCase, canWorkOnCase, canWriteSupportNotes, teamRoleOf } from "./policy";
import type { DeadlineFilter, ListCasesInput } from "./schemas";
import { FOLLOW_UP_STATES, nextStatuses, SETTLEMENT_STATES } from "./workflow";

export const DEFAULT_LIST_LIMIT = 50;

/** The team roles whose cases an actor sees in their own list (an admin sees every case). */
function ownTeamRoles(ctx: Ctx): MediationTeamRole[] {
  const roles: MediationTeamRole[] = [];
  if (hasRole(ctx.actor, "mediator")) roles.push("lead", "assistant");
  if (hasRole(ctx.actor, "counselor")) roles.push("counselor");
  return roles;
}

/** The `where` that limits a query to the cases the actor may see: the policy, in SQL. */
export function visibleCasesCondition(ctx: Ctx): SQL | undefined {
  if (hasRole(ctx.actor, "admin")) return undefined;
  const roles = ownTeamRoles(ctx);
  if (roles.length === 0) return sql`0`;
  return inArray(
    mediationCases.id,
    ctx.db
      .select({ id: mediationTeam.caseId })
      .from(mediationTeam)
      .where(and(eq(mediationTeam.userId, ctx.actor.userId), inArray(mediationTeam.role, roles))),
  );
}

const settleOn = sql<string | null>`coalesce(${mediationCases.extendedDeadlineOn}, ${mediationCases.deadlineOn})`;

/** Cases whose running deadline (settlement, else follow-up) falls in [fromDate, toDate]. */
function dueBetween(fromDate: string | null, toDate: string | null): SQL {
  const range = (col: SQL) => and(isNotNull(col), fromDate ? sql`${col} >= ${fromDate}` : undefined, toDate ? sql`${col} <= ${toDate}` : undefined);
  return or(
    and(inArray(mediationCases.status, [...SETTLEMENT_STATES]), range(settleOn)),
    and(inArray(mediationCases.status, [...FOLLOW_UP_STATES]), range(sql`${mediationCases.followUpDueOn}`)),
  )!;
}

export function deadlineCondition(filter: DeadlineFilter, today: string): SQL {
  const yesterday = addDaysToDate(today, -1);
  const horizon = addDaysToDate(today, NEAR_DEADLINE_DAYS);
  if (filter === "overdue") return dueBetween(null, yesterday);
  if (filter === "near") return dueBetween(today, horizon);
  return dueBetween(null, horizon);
}

export interface CaseListItem {
  id: number;
  caseNo: string;
  status: MediationStatus;
  source: MediationSource;
  disputeType: MediationDisputeType;
  riskColor: MediationRiskColor;
  summary: string;
  applicants: string[];
  respondents: string[];
  leadMediator: { id: number; name: string } | null;
  counselor: { id: number; name: string } | null;
  createdAt: Date;
  acceptedAt: Date | null;
  deadline: CaseDeadline | null;
}

const listColumns = {
  id: mediationCases.id,
  caseNo: mediationCases.caseNo,
  status: mediationCases.status,
  source: mediationCases.source,
  disputeType: mediationCases.disputeType,
  riskColor: mediationCases.riskColor,
  summary: mediationCases.summary,
  createdAt: mediationCases.createdAt,
  acceptedAt: mediationCases.acceptedAt,
  deadlineOn: mediationCases.deadlineOn,
  extendedDeadlineOn: mediationCases.extendedDeadlineOn,
  followUpDueOn: mediationCases.followUpDueOn,
};

const badCursor = () => appError("validation", undefined, { cursor: [t("field.invalid")] });

/** Rows after the cursor, on the columns the list is walked by (the case's, or a search's). */
function decodeCursor(cursor: string | undefined, by: { createdAt: SQLiteColumn; id: SQLiteColumn }): SQL | undefined {
  if (!cursor) return undefined;
  const m = /^(\d{1,15})_(\d{1,12})$/.exec(cursor);
  if (!m) throw badCursor();
  const at = new Date(Number(m[1]));
  const id = Number(m[2]);
  return or(lt(by.createdAt, at), and(eq(by.createdAt, at), lt(by.id, id)));
}

/** Party names and team of a page of cases, in two queries rather than one per row. */
function decorate(ctx: Ctx, rows: { id: number }[]) {
  const ids = rows.map((r) => r.id);
  const parties = new Map<number, { applicants: string[]; respondents: string[] }>();
  const team = new Map<number, { lead: { id: number; name: string } | null; counselor: { id: number; name: string } | null }>();
  if (ids.length === 0) return { parties, team };
  for (const p of ctx.db
    .select({ caseId: mediationParties.caseId, role: mediationParties.role, name: mediationParties.name })
    .from(mediationParties)
    .where(inArray(mediationParties.caseId, ids))
    .orderBy(asc(mediationParties.caseId), asc(mediationParties.sortOrder))
    .all()) {
    const e = parties.get(p.caseId) ?? { applicants: [], respondents: [] };
    (p.role === "applicant" ? e.applicants : e.respondents).push(p.name);
    parties.set(p.caseId, e);
  }
  for (const m of ctx.db
    .select({ caseId: mediationTeam.caseId, role: mediationTeam.role, id: users.id, name: users.name })
    .from(mediationTeam)
    .innerJoin(users, eq(users.id, mediationTeam.userId))
    .where(and(inArray(mediationTeam.caseId, ids), inArray(mediationTeam.role, ["lead", "counselor"])))
    .all()) {
    const e = team.get(m.caseId) ?? { lead: null, counselor: null };
    if (m.role === "lead") e.lead = { id: m.id, name: m.name };
    else e.counselor = { id: m.id, name: m.name };
    team.set(m.caseId, e);
  }
  return { parties, team };
}

/**
 * The actor's cases (an admin's: all), newest first, with search (case number, party name,
 * summary — literal text) and filters. Keyset cursor "<createdAt ms>_<id>".
 */
export function listCases(ctx: Ctx, input: ListCasesInput): { items: CaseListItem[]; nextCursor: string | null } {
  if (!canListCases(ctx.actor)) throw forbidden();
  const limit = input.limit ?? DEFAULT_LIST_LIMIT;
  const today = toLocalDate(ctx.now);
  const walk = input.q ? { createdAt: mediationSearch.createdAt, id: mediationSearch.caseId } : { createdAt: mediationCases.createdAt, id: mediationCases.id };
  const conds: (SQL | undefined)[] = [visibleCasesCondition(ctx), decodeCursor(input.cursor, walk)];
  // A search walks mediation_search (case number, summary, party names; kept by triggers) in
  // list order through its covering index, and joins the case only for rows that match.
  if (input.q) conds.push(contains(mediationSearch.text, input.q));
  if (input.status) conds.push(eq(mediationCases.status, input.status));
  if (input.disputeType) conds.push(eq(mediationCases.disputeType, input.disputeType));
  if (input.riskColor) conds.push(eq(mediationCases.riskColor, input.riskColor));
  if (input.mediatorId) {
    conds.push(
      inArray(
        mediationCases.id,
        ctx.db
          .select({ id: mediationTeam.caseId })
          .from(mediationTeam)
          .where(and(eq(mediationTeam.userId, input.mediatorId), inArray(mediationTeam.role, ["lead", "assistant"]))),
      ),
    );
  }
  if (input.deadline) conds.push(deadlineCondition(input.deadline, today));
  const query = ctx.db.select(listColumns).from(mediationCases).$dynamic();
  const rows = (input.q ? query.innerJoin(mediationSearch, eq(mediationSearch.caseId, mediationCases.id)) : query)
    .where(and(...conds))
    .orderBy(desc(walk.createdAt), desc(walk.id))
    .limit(limit + 1)
    .all();
  const page = rows.slice(0, limit);
  const { parties, team } = decorate(ctx, page);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => toListItem(r, parties, team, today)),
    nextCursor: rows.length > limit && last ? `${last.createdAt.getTime()}_${last.id}` : null,
  };
}

function toListItem(
  r: {
    id: number;
    caseNo: string;
    status: MediationStatus;
    source: MediationSource;
    disputeType: MediationDisputeType;
    riskColor: MediationRiskColor;
    summary: string;
    createdAt: Date;
    acceptedAt: Date | null;
    deadlineOn: string | null;
    extendedDeadlineOn: string | null;
    followUpDueOn: string | null;
  },
  parties: ReturnType<typeof decorate>["parties"],
  team: ReturnType<typeof decorate>["team"],
  today: string,
): CaseListItem {
  return {
    id: r.id,
    caseNo: r.caseNo,
    status: r.status,
    source: r.source,
    disputeType: r.disputeType,
    riskColor: r.riskColor,
    summary: r.summary,
    applicants: parties.get(r.id)?.applicants ?? [],
    respondents: parties.get(r.id)?.respondents ?? [],
    leadMediator: team.get(r.id)?.lead ?? null,
    counselor: team.get(r.id)?.counselor ?? null,
    createdAt: r.createdAt,
    acceptedAt: r.acceptedAt,
    deadline: currentDeadline(r, today),
  };
}

/** Home-page widget: the actor's cases at or near a deadline, most urgent first. */
export function casesNeedingAttention(ctx: Ctx, limit = 8): { items: CaseListItem[]; total: number } {
  if (!canListCases(ctx.actor)) return { items: [], total: 0 };
  const today = toLocalDate(ctx.now);
  const where = and(visibleCasesCondition(ctx), deadlineCondition("due", today));
  const total = ctx.db.select({ n: sql<number>`count(*)` }).from(mediationCases).where(where).get()?.n ?? 0;
  const rows = ctx.db.select(listColumns).from(mediationCases).where(where).all();
  const items = rows
    .map((r) => ({ r, d: currentDeadline(r, today) }))
    .sort((a, b) => (a.d?.dueOn ?? "").localeCompare(b.d?.dueOn ?? "") || a.r.id - b.r.id)
    .slice(0, limit)
    .map((x) => x.r);
  const { parties, team } = decorate(ctx, items);
  return { items: items.map((r) => toListItem(r, parties, team, today)), total };
}

export interface PartyView {
  id: number;
  role: MediationPartyRole;
  residentId: number | null;
  name: string;
  gender: "male" | "female" | null;
  ethnicity: string | null;
  age: number | null;
  occupation: string | null;
  phone: string | null;
  address: string | null;
}

export interface CaseDetail {
  id: number;
  caseNo: string;
  status: MediationStatus;
  source: MediationSource;
  disputeType: MediationDisputeType;
  summary: string;
  requestedItems: string | null;
  riskColor: MediationRiskColor;
  riskReason: string | null;
  createdAt: Date;
  createdBy: { id: number; name: string };
  acceptedAt: Date | null;
  deadlineOn: string | null;
  extendedDeadlineOn: string | null;
  extensionReason: string | null;
  agreedAt: Date | null;
  followUpDueOn: string | null;
  closedAt: Date | null;
  archivedAt: Date | null;
  deadline: CaseDeadline | null;
  /** Last day to apply for judicial confirmation, while the case is agreed with a written agreement. */
  judicialConfirmationBy: string | null;
  parties: PartyView[];
  team: { userId: number; name: string; role: MediationTeamRole; assignedAt: Date }[];
  transitions: { id: number; from: MediationStatus | null; to: MediationStatus; by: { id: number; name: string }; at: Date; reason: string | null }[];
  sessions: {
    id: number;
    heldAt: Date;
    endAt: Date | null;
    place: string;
    room: { id: number; name: string; reservationId: number; status: string } | null;
    participants: string;
    statements: MediationStatement[];
    facts: string | null;
    outcome: string | null;
    recorder: { id: number; name: string };
  }[];
  agreement: {
    id: number;
    agreementNo: string;
    oral: boolean;
    facts: string;
    content: string;
    performanceMethod: string | null;
    performanceDeadlineOn: string | null;
    signedOn: string;
  } | null;
  followUps: {
    id: number;
    visitedAt: Date;
    method: MediationFollowUpMethod;
    by: { id: number; name: string };
    performed: MediationPerformance;
    satisfaction: MediationSatisfaction;
    situation: string | null;
    risks: string | null;
    measures: string | null;
  }[];
  /** null when the actor may not read them (not on the team), which is not the same as none. */
  supportNotes: { id: number; author: { id: number; name: string }; text: string; createdAt: Date }[] | null;
  myTeamRole: MediationTeamRole | null;
  can: { manage: boolean; assign: boolean; work: boolean; writeNotes: boolean; transitions: MediationStatus[] };
}

/**
 * Everything in one case file, for its team and admins; every read is audited (with what it was
 * for, e.g. which printed document). Support notes only for the team.
 */
export function getCaseDetail(ctx: Ctx, caseId: number, purpose = "view"): CaseDetail {
  const { team } = loadVisibleCase(ctx, caseId);
  const today = toLocalDate(ctx.now);
  const c = ctx.db
    .select({
      id: mediationCases.id,
      caseNo: mediationCases.caseNo,
      status: mediationCases.status,
      source: mediationCases.source,
      disputeType: mediationCases.disputeType,
      summary: mediationCases.summary,
      requestedItems: mediationCases.requestedItems,
      riskColor: mediationCases.riskColor,
      riskReason: mediationCases.riskReason,
      createdAt: mediationCases.createdAt,
      createdById: mediationCases.createdBy,
      createdByName: users.name,
      acceptedAt: mediationCases.acceptedAt,
      deadlineOn: mediationCases.deadlineOn,
      extendedDeadlineOn: mediationCases.extendedDeadlineOn,
      extensionReason: mediationCases.extensionReason,
      agreedAt: mediationCases.agreedAt,
      followUpDueOn: mediationCases.followUpDueOn,
      closedAt: mediationCases.closedAt,
      archivedAt: mediationCases.archivedAt,
    })
    .from(mediationCases)
    .innerJoin(users, eq(users.id, mediationCases.createdBy))
    .where(eq(mediationCases.id, caseId))
    .get()!;

  const parties = ctx.db
    .select({
      id: mediationParties.id,
      role: mediationParties.role,
      residentId: mediationParties.residentId,
      name: mediationParties.name,
      gender: mediationParties.gender,
      ethnicity: mediationParties.ethnicity,
      age: mediationParties.age,
      occupation: mediationParties.occupation,
      phone: mediationParties.phone,
      address: mediationParties.address,
    })
    .from(mediationParties)
    .where(eq(mediationParties.caseId, caseId))
    .orderBy(asc(mediationParties.sortOrder), asc(mediationParties.id))
    .all();

  const teamRows = ctx.db
    .select({ userId: mediationTeam.userId, name: users.name, role: mediationTeam.role, assignedAt: mediationTeam.assignedAt })
    .from(mediationTeam)
    .innerJoin(users, eq(users.id, mediationTeam.userId))
    .where(eq(mediationTeam.caseId, caseId))
    .all()
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.assignedAt.getTime() - b.assignedAt.getTime());

  const transitions = ctx.db
    .select({ id: mediationTransitions.id, from: mediationTransitions.fromStatus, to: mediationTransitions.toStatus, byId: users.id, byName: users.name, at: mediationTransitions.at, reason: mediationTransitions.reason })
    .from(mediationTransitions)
    .innerJoin(users, eq(users.id, mediationTransitions.byId))
    .where(eq(mediationTransitions.caseId, caseId))
    .orderBy(asc(mediationTransitions.at), asc(mediationTransitions.id))
    .all()
    .map(({ byId, byName, ...r }) => ({ ...r, by: { id: byId, name: byName } }));

  const sessions = ctx.db
    .select({
      id: mediationSessions.id,
      heldAt: mediationSessions.heldAt,
      endAt: mediationSessions.endAt,
      place: mediationSessions.place,
      roomId: rooms.id,
      roomName: rooms.name,
      reservationId: reservations.id,
      reservationStatus: reservations.status,
      participants: mediationSessions.participants,
      statements: mediationSessions.statements,
      facts: mediationSessions.facts,
      outcome: mediationSessions.outcome,
      recorderId: users.id,
      recorderName: users.name,
    })
    .from(mediationSessions)
    .innerJoin(users, eq(users.id, mediationSessions.recorderId))
    .leftJoin(reservations, eq(reservations.id, mediationSessions.roomReservationId))
    .leftJoin(rooms, eq(rooms.id, reservations.roomId))
    .where(eq(mediationSessions.caseId, caseId))
    .orderBy(asc(mediationSessions.heldAt), asc(mediationSessions.id))
    .all()
    .map(({ roomId, roomName, reservationId, reservationStatus, recorderId, recorderName, ...s }) => ({
      ...s,
      room: roomId && roomName && reservationId && reservationStatus ? { id: roomId, name: roomName, reservationId, status: reservationStatus } : null,
      recorder: { id: recorderId, name: recorderName },
    }));

  const agreement =
    ctx.db
      .select({
        id: mediationAgreements.id,
        agreementNo: mediationAgreements.agreementNo,
        oral: mediationAgreements.oral,
        facts: mediationAgreements.facts,
        content: mediationAgreements.content,
        performanceMethod: mediationAgreements.performanceMethod,
        performanceDeadlineOn: mediationAgreements.performanceDeadlineOn,
        signedOn: mediationAgreements.signedOn,
      })
      .from(mediationAgreements)
      .where(eq(mediationAgreements.caseId, caseId))
      .get() ?? null;

  const followUps = ctx.db
    .select({
      id: mediationFollowUps.id,
      visitedAt: mediationFollowUps.visitedAt,
      method: mediationFollowUps.method,
      byId: users.id,
      byName: users.name,
      performed: mediationFollowUps.performed,
      satisfaction: mediationFollowUps.satisfaction,
      situation: mediationFollowUps.situation,
      risks: mediationFollowUps.risks,
      measures: mediationFollowUps.measures,
    })
    .from(mediationFollowUps)
    .innerJoin(users, eq(users.id, mediationFollowUps.byId))
    .where(eq(mediationFollowUps.caseId, caseId))
    .orderBy(asc(mediationFollowUps.visitedAt), asc(mediationFollowUps.id))
    .all()
    .map(({ byId, byName, ...f }) => ({ ...f, by: { id: byId, name: byName } }));

  const readNotes = canReadSupportNotes(ctx.actor, team);
  const supportNotes = readNotes
    ? ctx.db
        .select({ id: mediationSupportNotes.id, authorId: users.id, authorName: users.name, text: mediationSupportNotes.text, createdAt: mediationSupportNotes.createdAt })
        .from(mediationSupportNotes)
        .innerJoin(users, eq(users.id, mediationSupportNotes.authorId))
        .where(eq(mediationSupportNotes.caseId, caseId))
        .orderBy(asc(mediationSupportNotes.createdAt), asc(mediationSupportNotes.id))
        .all()
        .map(({ authorId, authorName, ...n }) => ({ ...n, author: { id: authorId, name: authorName } }))
    : null;

  auditCase(ctx, "mediation.case.read", caseId, { purpose, supportNotes: readNotes });

  const { createdById, createdByName, ...rest } = c;
  const manage = canManageCase(ctx.actor, team);
  return {
    ...rest,
    createdBy: { id: createdById, name: createdByName },
    deadline: currentDeadline(c, today),
    judicialConfirmationBy: c.status === "agreed" && agreement && !agreement.oral ? judicialConfirmationEnd(agreement.signedOn) : null,
    parties,
    team: teamRows,
    transitions,
    sessions,
    agreement,
    followUps,
    supportNotes,
    myTeamRole: teamRoleOf(ctx.actor, team),
    can: {
      manage,
      assign: canAssignTeam(ctx.actor, team),
      work: canWorkOnCase(ctx.actor, team),
      writeNotes: canWriteSupportNotes(ctx.actor, team),
      transitions: manage ? [...nextStatuses(c.status)] : [],
    },
  };
}

const ROLE_ORDER: Record<MediationTeamRole, number> = { lead: 0, assistant: 1, counselor: 2 };

/** The people a case can be assigned to: active mediators and counsellors. */
export function listAssignableStaff(ctx: Ctx): { mediators: { id: number; name: string }[]; counselors: { id: number; name: string; title: string | null }[] } {
  if (!canRegisterCase(ctx.actor)) throw forbidden();
  const withRole = (role: "mediator" | "counselor") =>
    ctx.db
      .select({ id: users.id, name: users.name, title: staffProfiles.title })
      .from(users)
      .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, role)))
      .leftJoin(staffProfiles, eq(staffProfiles.userId, users.id))
      .where(eq(users.active, true))
      .orderBy(asc(users.name), asc(users.id))
      .all();
  return { mediators: withRole("mediator").map(({ id, name }) => ({ id, name })), counselors: withRole("counselor") };
}

export interface ResidentMatch {
  id: number;
  name: string;
  gender: "male" | "female" | null;
  birthYear: number | null;
  phone: string | null;
  address: string | null;
}

/** Finds people in the register (一人一档) to link as parties: by name or phone, literal text. */
export function searchResidentsForParties(ctx: Ctx, q: string): ResidentMatch[] {
  if (!canRegisterCase(ctx.actor)) throw forbidden();
  const term = q.trim().slice(0, 40);
  if (term.length < 1) return [];
  const rows = ctx.db
    .select({ id: residents.id, name: residents.name, gender: residents.gender, birthYear: residents.birthYear, phone: residents.phone, address: residents.address })
    .from(residents)
    .where(or(contains(residents.name, term), contains(residents.phone, term)))
    .orderBy(asc(residents.name), asc(residents.id))
    .limit(10)
    .all();
  auditCase(ctx, "mediation.resident_search", null, { results: rows.length });
  return rows;
}
