import { CARE_GROUPS, CARE_STATUSES, FOLLOW_UP_SOURCES, FOLLOW_UP_STATUSES, LEFT_BEHIND_KINDS, LEGAL_BASES, REFERRAL_KINDS, RISK_COLORS, VISIT_KINDS } from "@/db/schema";
import { toIsoLocal } from "../time";
import { z } from "../zod";
import type { PendingFollowUp } from "./follow-ups";
import type { CareOverview, DueItem, GroupDetail, PersonDetail, PersonListItem, VisitItem } from "./queries";

// The JSON the care endpoints answer with: explicit fields, instants with +08:00, dates as local YYYY-MM-DD.

const isoLocal = z.string().meta({ description: "ISO 8601 with +08:00" });
const localDate = z.string().meta({ description: "centre-local date YYYY-MM-DD" });
const ref = z.object({ id: z.number().int(), name: z.string() });
const groupTag = z.object({ group: z.enum(CARE_GROUPS), leftBehindKind: z.enum(LEFT_BEHIND_KINDS).nullable() });

export const personItemSchema = z
  .object({
    id: z.number().int(),
    residentId: z.number().int(),
    name: z.string(),
    gender: z.enum(["male", "female"]).nullable(),
    birthYear: z.number().int().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
    community: z.string().nullable(),
    groups: z.array(groupTag),
    riskColor: z.enum(RISK_COLORS),
    status: z.enum(CARE_STATUSES),
    nextVisitDue: localDate.nullable(),
    overdueDays: z.number().int(),
    lastVisitAt: isoLocal.nullable(),
    carers: z.array(ref),
    followUpRequested: z.boolean().meta({ description: "有待办的转介随访请求（如热线转介），走访后自动办结" }),
  })
  .meta({ id: "CarePersonItem" });

export const dueItemSchema = personItemSchema
  .extend({ nextVisitDue: localDate, bucket: z.enum(["overdue", "thisWeek", "later"]) })
  .meta({ id: "CareDueItem" });

const detailsSchema = z.record(z.string(), z.union([z.string(), z.number()])).nullable().meta({ description: "null: corrections/petition details the caller may not read" });

export const visitSchema = z
  .object({
    id: z.number().int(),
    visitedAt: isoLocal,
    kind: z.enum(VISIT_KINDS),
    visitors: z.array(ref),
    observations: z.object({ family: z.string().optional(), health: z.string().optional(), economic: z.string().optional(), mental: z.string().optional() }),
    needs: z.string().nullable(),
    measures: z.string().nullable(),
    colorBefore: z.enum(RISK_COLORS),
    colorAfter: z.enum(RISK_COLORS),
    referral: z.enum(REFERRAL_KINDS).nullable(),
    referralNote: z.string().nullable(),
    referralAppointmentId: z.number().int().nullable(),
    referralMediationCaseId: z.number().int().nullable(),
    activity: z.object({ id: z.number().int(), title: z.string() }).nullable(),
    createdBy: z.string(),
  })
  .meta({ id: "CareVisit" });

export const personDetailSchema = personItemSchema
  .omit({ groups: true, carers: true, followUpRequested: true })
  .extend({
    followUps: z.array(
      z.object({
        id: z.number().int(),
        source: z.enum(FOLLOW_UP_SOURCES),
        dueOn: localDate,
        note: z.string().nullable(),
        status: z.enum(FOLLOW_UP_STATUSES),
        createdAt: isoLocal,
        createdBy: z.string(),
        doneAt: isoLocal.nullable(),
      }),
    ),
    registeredOn: localDate,
    exitReason: z.string().nullable(),
    exitedOn: localDate.nullable(),
    createdAt: isoLocal,
    groups: z.array(
      groupTag.extend({
        legalBasis: z.enum(LEGAL_BASES),
        consentNote: z.string().nullable(),
        basisRecordedAt: isoLocal,
        since: isoLocal,
        endedAt: isoLocal.nullable(),
        endReason: z.string().nullable(),
        restricted: z.boolean(),
        details: detailsSchema,
      }),
    ),
    carers: z.array(ref.extend({ phone: z.string().nullable() })),
    colorHistory: z.array(z.object({ from: z.enum(RISK_COLORS).nullable(), to: z.enum(RISK_COLORS), reason: z.string().nullable(), visitId: z.number().int().nullable(), by: z.string(), at: isoLocal })),
    recentVisits: z.array(visitSchema),
    cadence: z.object({ red: z.number().int(), yellow: z.number().int(), green: z.number().int() }),
  })
  .meta({ id: "CarePerson" });

export const overviewJsonSchema = z
  .object({
    month: z.string(),
    byGroup: z.array(z.object({ group: z.enum(CARE_GROUPS), red: z.number().int(), yellow: z.number().int(), green: z.number().int(), total: z.number().int() })),
    byColor: z.object({ red: z.number().int(), yellow: z.number().int(), green: z.number().int() }),
    activePersons: z.number().int(),
    unassigned: z.number().int(),
    visitsThisMonth: z.number().int(),
    personsVisited: z.number().int(),
    personsDue: z.number().int(),
    byCarer: z.array(ref.extend({ assigned: z.number().int(), overdue: z.number().int(), dueThisWeek: z.number().int() })),
  })
  .meta({ id: "CareOverview" });

const iso = (d: Date | null) => (d ? toIsoLocal(d) : null);

/** Strips keys whose value is undefined, so JSON carries only the fields that were filled in. */
function filled<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== "")) as Partial<T>;
}

export function personItemJson(p: PersonListItem): z.infer<typeof personItemSchema> {
  return {
    id: p.id,
    residentId: p.residentId,
    name: p.name,
    gender: p.gender,
    birthYear: p.birthYear,
    phone: p.phone,
    address: p.address,
    community: p.community,
    groups: p.groups.map((g) => ({ group: g.group, leftBehindKind: g.leftBehindKind })),
    riskColor: p.riskColor,
    status: p.status,
    nextVisitDue: p.nextVisitDue,
    overdueDays: p.overdueDays,
    lastVisitAt: iso(p.lastVisitAt),
    carers: p.carers.map((c) => ({ id: c.id, name: c.name })),
    followUpRequested: p.followUpRequested,
  };
}

export function dueItemJson(p: DueItem): z.infer<typeof dueItemSchema> {
  // Object.assign, not spread-then-extend: V8 builds those objects far slower (issue 12).
  return Object.assign(personItemJson(p), { nextVisitDue: p.nextVisitDue, bucket: p.bucket });
}

export function visitJson(v: VisitItem): z.infer<typeof visitSchema> {
  return {
    id: v.id,
    visitedAt: toIsoLocal(v.visitedAt),
    kind: v.kind,
    visitors: v.visitors.map((x) => ({ id: x.id, name: x.name })),
    observations: filled({ family: v.observations.family, health: v.observations.health, economic: v.observations.economic, mental: v.observations.mental }),
    needs: v.needs,
    measures: v.measures,
    colorBefore: v.colorBefore,
    colorAfter: v.colorAfter,
    referral: v.referral,
    referralNote: v.referralNote,
    referralAppointmentId: v.referralAppointmentId,
    referralMediationCaseId: v.referralMediationCaseId,
    activity: v.activity ? { id: v.activity.id, title: v.activity.title } : null,
    createdBy: v.createdByName,
  };
}

function groupJson(g: GroupDetail) {
  return {
    group: g.group,
    leftBehindKind: g.leftBehindKind,
    legalBasis: g.legalBasis,
    consentNote: g.consentNote,
    basisRecordedAt: toIsoLocal(g.basisRecordedAt),
    since: toIsoLocal(g.since),
    endedAt: iso(g.endedAt),
    endReason: g.endReason,
    restricted: g.restricted,
    details: g.details ? (filled(g.details) as Record<string, string | number>) : null,
  };
}

export function personDetailJson(p: PersonDetail): z.infer<typeof personDetailSchema> {
  return {
    id: p.id,
    residentId: p.resident.id,
    name: p.resident.name,
    gender: p.resident.gender,
    birthYear: p.resident.birthYear,
    phone: p.resident.phone,
    address: p.resident.address,
    community: p.resident.community,
    riskColor: p.riskColor,
    status: p.status,
    nextVisitDue: p.nextVisitDue,
    overdueDays: p.overdueDays,
    lastVisitAt: iso(p.lastVisitAt),
    registeredOn: p.registeredOn,
    exitReason: p.exitReason,
    exitedOn: p.exitedOn,
    createdAt: toIsoLocal(p.createdAt),
    groups: p.groups.map(groupJson),
    carers: p.carers.map((c) => ({ id: c.id, name: c.name, phone: c.phone })),
    colorHistory: p.colorHistory.map((h) => ({ from: h.from, to: h.to, reason: h.reason, visitId: h.visitId, by: h.byName, at: toIsoLocal(h.at) })),
    recentVisits: p.visits.map(visitJson),
    cadence: { ...p.cadence },
    followUps: p.followUps.map((f) => ({ id: f.id, source: f.source, dueOn: f.dueOn, note: f.note, status: f.status, createdAt: toIsoLocal(f.createdAt), createdBy: f.createdByName, doneAt: iso(f.doneAt) })),
  };
}

export function overviewJson(o: CareOverview): z.infer<typeof overviewJsonSchema> {
  return {
    month: o.month,
    byGroup: o.byGroup.map((g) => ({ ...g })),
    byColor: { ...o.byColor },
    activePersons: o.activePersons,
    unassigned: o.unassigned,
    visitsThisMonth: o.visitsThisMonth,
    personsVisited: o.personsVisited,
    personsDue: o.personsDue,
    byCarer: o.byCarer.map((c) => ({ ...c })),
  };
}

export const pendingFollowUpSchema = z
  .object({
    id: z.number().int(),
    source: z.enum(FOLLOW_UP_SOURCES),
    sourceId: z.number().int(),
    resident: z.object({ id: z.number().int(), name: z.string(), community: z.string().nullable() }),
    dueOn: localDate,
    note: z.string().nullable(),
    createdAt: isoLocal,
    createdBy: z.string(),
  })
  .meta({ id: "CarePendingFollowUp" });

export function pendingFollowUpJson(f: PendingFollowUp): z.infer<typeof pendingFollowUpSchema> {
  return { id: f.id, source: f.source, sourceId: f.sourceId, resident: { ...f.resident }, dueOn: f.dueOn, note: f.note, createdAt: toIsoLocal(f.createdAt), createdBy: f.createdByName };
}
