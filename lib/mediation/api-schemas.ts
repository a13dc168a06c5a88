import {
  MEDIATION_DISPUTE_TYPES,
  MEDIATION_FOLLOW_UP_METHODS,
  MEDIATION_PARTY_ROLES,
  MEDIATION_PERFORMANCE,
  MEDIATION_RISK_COLORS,
  MEDIATION_SATISFACTION,
  MEDIATION_SOURCES,
  MEDIATION_STATUSES,
  MEDIATION_TEAM_ROLES,
} from "@/db/schema";
import { toIsoLocal } from "../time";
import { z } from "../zod";
import type { CaseDeadline } from "./deadlines";
import type { CaseDetail, CaseListItem } from "./queries";
import type { MediationStats } from "./stats";

const isoLocal = z.string().meta({ description: "ISO 8601 with +08:00" });
const localDate = z.string().meta({ description: "centre-local date YYYY-MM-DD" });
const person = z.object({ id: z.number().int(), name: z.string() });
const iso = (d: Date) => toIsoLocal(d);
const isoOrNull = (d: Date | null) => (d ? toIsoLocal(d) : null);

const deadlineSchema = z
  .object({
    kind: z.enum(["settlement", "follow_up"]),
    dueOn: localDate,
    state: z.enum(["ok", "near", "overdue"]),
    days: z.number().int().meta({ description: "days left; negative when overdue" }),
  })
  .meta({ id: "MediationDeadline" });

export const caseItemSchema = z
  .object({
    id: z.number().int(),
    caseNo: z.string(),
    status: z.enum(MEDIATION_STATUSES),
    source: z.enum(MEDIATION_SOURCES),
    disputeType: z.enum(MEDIATION_DISPUTE_TYPES),
    riskColor: z.enum(MEDIATION_RISK_COLORS),
    summary: z.string(),
    applicants: z.array(z.string()),
    respondents: z.array(z.string()),
    leadMediator: person.nullable(),
    counselor: person.nullable(),
    createdAt: isoLocal,
    acceptedAt: isoLocal.nullable(),
    deadline: deadlineSchema.nullable(),
  })
  .meta({ id: "MediationCaseListItem" });

export const caseListSchema = z.object({ items: z.array(caseItemSchema), nextCursor: z.string().nullable() });

export const caseDetailSchema = z
  .object({
    id: z.number().int(),
    caseNo: z.string(),
    status: z.enum(MEDIATION_STATUSES),
    source: z.enum(MEDIATION_SOURCES),
    disputeType: z.enum(MEDIATION_DISPUTE_TYPES),
    summary: z.string(),
    requestedItems: z.string().nullable(),
    riskColor: z.enum(MEDIATION_RISK_COLORS),
    riskReason: z.string().nullable(),
    createdAt: isoLocal,
    createdBy: person,
    acceptedAt: isoLocal.nullable(),
    deadlineOn: localDate.nullable(),
    extendedDeadlineOn: localDate.nullable(),
    extensionReason: z.string().nullable(),
    agreedAt: isoLocal.nullable(),
    followUpDueOn: localDate.nullable(),
    closedAt: isoLocal.nullable(),
    archivedAt: isoLocal.nullable(),
    deadline: deadlineSchema.nullable(),
    judicialConfirmationBy: localDate.nullable(),
    parties: z.array(
      z.object({
        id: z.number().int(),
        role: z.enum(MEDIATION_PARTY_ROLES),
        residentId: z.number().int().nullable(),
        name: z.string(),
        gender: z.enum(["male", "female"]).nullable(),
        ethnicity: z.string().nullable(),
        age: z.number().int().nullable(),
        occupation: z.string().nullable(),
        phone: z.string().nullable(),
        address: z.string().nullable(),
      }),
    ),
    team: z.array(z.object({ userId: z.number().int(), name: z.string(), role: z.enum(MEDIATION_TEAM_ROLES), assignedAt: isoLocal })),
    transitions: z.array(
      z.object({ id: z.number().int(), from: z.enum(MEDIATION_STATUSES).nullable(), to: z.enum(MEDIATION_STATUSES), by: person, at: isoLocal, reason: z.string().nullable() }),
    ),
    sessions: z.array(
      z.object({
        id: z.number().int(),
        heldAt: isoLocal,
        endAt: isoLocal.nullable(),
        place: z.string(),
        room: z.object({ id: z.number().int(), name: z.string(), reservationId: z.number().int(), status: z.string() }).nullable(),
        participants: z.string(),
        statements: z.array(z.object({ partyId: z.number().int(), text: z.string() })),
        facts: z.string().nullable(),
        outcome: z.string().nullable(),
        recorder: person,
      }),
    ),
    agreement: z
      .object({
        id: z.number().int(),
        agreementNo: z.string(),
        oral: z.boolean(),
        facts: z.string(),
        content: z.string(),
        performanceMethod: z.string().nullable(),
        performanceDeadlineOn: localDate.nullable(),
        signedOn: localDate,
      })
      .nullable(),
    followUps: z.array(
      z.object({
        id: z.number().int(),
        visitedAt: isoLocal,
        method: z.enum(MEDIATION_FOLLOW_UP_METHODS),
        by: person,
        performed: z.enum(MEDIATION_PERFORMANCE),
        satisfaction: z.enum(MEDIATION_SATISFACTION),
        situation: z.string().nullable(),
        risks: z.string().nullable(),
        measures: z.string().nullable(),
      }),
    ),
    supportNotes: z
      .array(z.object({ id: z.number().int(), author: person, text: z.string(), createdAt: isoLocal }))
      .nullable()
      .meta({ description: "null unless the caller is on the case team" }),
    myTeamRole: z.enum(MEDIATION_TEAM_ROLES).nullable(),
    can: z.object({ manage: z.boolean(), assign: z.boolean(), work: z.boolean(), writeNotes: z.boolean(), transitions: z.array(z.enum(MEDIATION_STATUSES)) }),
  })
  .meta({ id: "MediationCase" });

export const mediationStatsSchema = z
  .object({
    registered: z.number().int(),
    accepted: z.number().int(),
    concluded: z.number().int(),
    closureRate: z.number().nullable().meta({ description: "concluded / accepted (办结率)" }),
    medianDaysToClose: z.number().nullable(),
    closedInPeriod: z.number().int(),
  })
  .meta({ id: "MediationStats" });

const deadlineJson = (d: CaseDeadline | null) => (d ? { kind: d.kind, dueOn: d.dueOn, state: d.state, days: d.days } : null);

export function caseItemJson(c: CaseListItem): z.infer<typeof caseItemSchema> {
  return {
    id: c.id,
    caseNo: c.caseNo,
    status: c.status,
    source: c.source,
    disputeType: c.disputeType,
    riskColor: c.riskColor,
    summary: c.summary,
    applicants: c.applicants,
    respondents: c.respondents,
    leadMediator: c.leadMediator,
    counselor: c.counselor,
    createdAt: iso(c.createdAt),
    acceptedAt: isoOrNull(c.acceptedAt),
    deadline: deadlineJson(c.deadline),
  };
}

export function caseDetailJson(c: CaseDetail): z.infer<typeof caseDetailSchema> {
  return {
    id: c.id,
    caseNo: c.caseNo,
    status: c.status,
    source: c.source,
    disputeType: c.disputeType,
    summary: c.summary,
    requestedItems: c.requestedItems,
    riskColor: c.riskColor,
    riskReason: c.riskReason,
    createdAt: iso(c.createdAt),
    createdBy: c.createdBy,
    acceptedAt: isoOrNull(c.acceptedAt),
    deadlineOn: c.deadlineOn,
    extendedDeadlineOn: c.extendedDeadlineOn,
    extensionReason: c.extensionReason,
    agreedAt: isoOrNull(c.agreedAt),
    followUpDueOn: c.followUpDueOn,
    closedAt: isoOrNull(c.closedAt),
    archivedAt: isoOrNull(c.archivedAt),
    deadline: deadlineJson(c.deadline),
    judicialConfirmationBy: c.judicialConfirmationBy,
    parties: c.parties,
    team: c.team.map((m) => ({ userId: m.userId, name: m.name, role: m.role, assignedAt: iso(m.assignedAt) })),
    transitions: c.transitions.map((x) => ({ id: x.id, from: x.from, to: x.to, by: x.by, at: iso(x.at), reason: x.reason })),
    sessions: c.sessions.map((s) => ({
      id: s.id,
      heldAt: iso(s.heldAt),
      endAt: isoOrNull(s.endAt),
      place: s.place,
      room: s.room,
      participants: s.participants,
      statements: s.statements,
      facts: s.facts,
      outcome: s.outcome,
      recorder: s.recorder,
    })),
    agreement: c.agreement,
    followUps: c.followUps.map((f) => ({
      id: f.id,
      visitedAt: iso(f.visitedAt),
      method: f.method,
      by: f.by,
      performed: f.performed,
      satisfaction: f.satisfaction,
      situation: f.situation,
      risks: f.risks,
      measures: f.measures,
    })),
    supportNotes: c.supportNotes ? c.supportNotes.map((n) => ({ id: n.id, author: n.author, text: n.text, createdAt: iso(n.createdAt) })) : null,
    myTeamRole: c.myTeamRole,
    can: c.can,
  };
}

export const statsJson = (s: MediationStats): z.infer<typeof mediationStatsSchema> => ({ ...s });
