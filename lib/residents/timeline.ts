import { and, desc, eq, inArray, isNull, ne, or, type SQL } from "drizzle-orm";
import {
  activities,
  activitySignups,
  activityTeachers,
  appointments,
  careAssignments,
  careMemberships,
  carePersons,
  careVisits,
  hotlineCalls,
  mediationCases,
  mediationParties,
  mediationTeam,
  residents,
  services,
} from "@/db/schema";
import { canSeeAppointment } from "../appointments/policy";
import { auditAs } from "../audit/audit";
import { hasRole } from "../auth/actor";
import { canSeePerson } from "../care/policy";
import type { Ctx } from "../context";
import { forbidden, notFound } from "../errors";
import { canReadCalls } from "../hotline/policy";
import { canSeeCase, type TeamMember } from "../mediation/policy";
import { parseLocalDate } from "../time";
import { canUseTimeline } from "./policy";

export const TIMELINE_KINDS = ["appointment", "call", "mediation_case", "care_person", "care_visit", "activity_signup"] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/**
 * One entry of a person's file as the timeline shows it: what it is, when, its state (a code, with
 * the label group that names it) and where it lives. Never a record's confidential text — summaries,
 * needs, notes and group details stay behind their own pages and their own checks.
 */
export interface TimelineItem {
  kind: TimelineKind;
  id: number;
  at: Date;
  /** A short, non-confidential name: the service, the case number, the activity's title, group names. */
  title: string;
  status: { group: string; code: string } | null;
  /** Extra codes that name the item (call risk level, visit kind, care groups …), each with its label group. */
  tags: { group: string; code: string }[];
  href: string;
}

export interface PersonTimeline {
  resident: { id: number; name: string; gender: "male" | "female" | null; birthYear: number | null; community: string | null };
  items: TimelineItem[];
  /** Areas this viewer has no right to see at all (the page says so instead of pretending they are empty). */
  hiddenAreas: TimelineKind[];
}

const LIMIT_PER_AREA = 200;

/** Appointments: the appointments policy decides (admin all; counsellor their own and requests still in triage). */
function appointmentItems(ctx: Ctx, residentId: number): TimelineItem[] | null {
  const admin = hasRole(ctx.actor, "admin");
  const counselor = hasRole(ctx.actor, "counselor");
  if (!admin && !counselor) return null;
  const scope: SQL | undefined = admin ? undefined : or(eq(appointments.counselorId, ctx.actor.userId), and(isNull(appointments.counselorId), eq(appointments.status, "requested")));
  return ctx.db
    .select({
      id: appointments.id,
      residentId: appointments.residentId,
      counselorId: appointments.counselorId,
      status: appointments.status,
      startAt: appointments.startAt,
      endAt: appointments.endAt,
      createdAt: appointments.createdAt,
      source: appointments.source,
      service: services.name,
    })
    .from(appointments)
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .where(and(eq(appointments.residentId, residentId), scope))
    .orderBy(desc(appointments.createdAt))
    .limit(LIMIT_PER_AREA)
    .all()
    .filter((a) => canSeeAppointment(ctx.actor, a))
    .map((a) => ({
      kind: "appointment" as const,
      id: a.id,
      at: a.startAt ?? a.createdAt,
      title: a.service,
      status: { group: "appointmentStatus", code: a.status },
      tags: a.source === "direct" ? [] : [{ group: "appointmentSource", code: a.source }],
      href: `/appointments/${a.id}`,
    }));
}

/** Hotline calls: hotline staff and admin only (as every call record); saved calls, never the summary. */
function callItems(ctx: Ctx, residentId: number): TimelineItem[] | null {
  if (!canReadCalls(ctx.actor)) return null;
  return ctx.db
    .select({ id: hotlineCalls.id, startedAt: hotlineCalls.startedAt, riskLevel: hotlineCalls.riskLevel, callerKind: hotlineCalls.callerKind })
    .from(hotlineCalls)
    .where(and(eq(hotlineCalls.residentId, residentId), eq(hotlineCalls.status, "saved")))
    .orderBy(desc(hotlineCalls.startedAt))
    .limit(LIMIT_PER_AREA)
    .all()
    .map((c) => ({
      kind: "call" as const,
      id: c.id,
      at: c.startedAt,
      title: "",
      status: c.riskLevel ? { group: "riskLevel", code: c.riskLevel } : null,
      tags: c.callerKind ? [{ group: "callerKind", code: c.callerKind }] : [],
      href: `/hotline/calls/${c.id}`,
    }));
}

/** Mediation cases where the person is a party: the case's team and admins (mediation policy). */
function caseItems(ctx: Ctx, residentId: number): TimelineItem[] | null {
  if (!hasRole(ctx.actor, "admin", "mediator", "counselor")) return null;
  const rows = ctx.db
    .selectDistinct({ id: mediationCases.id, caseNo: mediationCases.caseNo, status: mediationCases.status, disputeType: mediationCases.disputeType, createdAt: mediationCases.createdAt, role: mediationParties.role })
    .from(mediationParties)
    .innerJoin(mediationCases, eq(mediationCases.id, mediationParties.caseId))
    .where(eq(mediationParties.residentId, residentId))
    .orderBy(desc(mediationCases.createdAt))
    .limit(LIMIT_PER_AREA)
    .all();
  if (rows.length === 0) return [];
  const team = new Map<number, TeamMember[]>();
  for (const m of ctx.db
    .select({ caseId: mediationTeam.caseId, userId: mediationTeam.userId, role: mediationTeam.role })
    .from(mediationTeam)
    .where(inArray(mediationTeam.caseId, [...new Set(rows.map((r) => r.id))]))
    .all()) {
    team.set(m.caseId, [...(team.get(m.caseId) ?? []), { userId: m.userId, role: m.role }]);
  }
  const seen = new Set<number>();
  return rows
    .filter((r) => canSeeCase(ctx.actor, team.get(r.id) ?? []))
    .filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)))
    .map((r) => ({
      kind: "mediation_case" as const,
      id: r.id,
      at: r.createdAt,
      title: r.caseNo,
      status: { group: "mediationStatus", code: r.status },
      tags: [
        { group: "mediationDisputeType", code: r.disputeType },
        { group: "mediationPartyRole", code: r.role },
      ],
      href: `/mediation/${r.id}`,
    }));
}

/** Special-group care (the person's groups and visits): their own carers and admin (care policy). */
function careItems(ctx: Ctx, residentId: number): TimelineItem[] | null {
  if (!hasRole(ctx.actor, "admin", "carer")) return null;
  const person = ctx.db
    .select({ id: carePersons.id, status: carePersons.status, riskColor: carePersons.riskColor, registeredOn: carePersons.registeredOn })
    .from(carePersons)
    .where(eq(carePersons.residentId, residentId))
    .get();
  if (!person) return [];
  const carerIds = ctx.db
    .select({ id: careAssignments.carerId })
    .from(careAssignments)
    .where(eq(careAssignments.personId, person.id))
    .all()
    .map((r) => r.id);
  if (!canSeePerson(ctx.actor, carerIds)) return [];
  const groups = ctx.db
    .select({ group: careMemberships.group })
    .from(careMemberships)
    .where(and(eq(careMemberships.personId, person.id), isNull(careMemberships.endedAt)))
    .all();
  const href = `/care/persons/${person.id}`;
  const items: TimelineItem[] = [
    {
      kind: "care_person",
      id: person.id,
      at: parseLocalDate(person.registeredOn) ?? new Date(0),
      title: "",
      status: { group: "careStatus", code: person.status },
      tags: [...groups.map((g) => ({ group: "careGroup", code: g.group })), { group: "riskColor", code: person.riskColor }],
      href,
    },
  ];
  for (const v of ctx.db
    .select({ id: careVisits.id, visitedAt: careVisits.visitedAt, kind: careVisits.kind, colorAfter: careVisits.colorAfter })
    .from(careVisits)
    .where(eq(careVisits.personId, person.id))
    .orderBy(desc(careVisits.visitedAt))
    .limit(LIMIT_PER_AREA)
    .all()) {
    items.push({ kind: "care_visit", id: v.id, at: v.visitedAt, title: "", status: null, tags: [{ group: "visitKind", code: v.kind }, { group: "riskColor", code: v.colorAfter }], href });
  }
  return items;
}

/** Activity sign-ups: the admin, and a teacher for the activities they run (activities policy). */
function signupItems(ctx: Ctx, residentId: number): TimelineItem[] | null {
  const admin = hasRole(ctx.actor, "admin");
  if (!admin && !hasRole(ctx.actor, "teacher")) return null;
  const mine = admin
    ? undefined
    : inArray(activitySignups.activityId, ctx.db.select({ id: activityTeachers.activityId }).from(activityTeachers).where(eq(activityTeachers.userId, ctx.actor.userId)));
  return ctx.db
    .select({ id: activitySignups.id, activityId: activities.id, title: activities.title, startAt: activities.startAt, status: activitySignups.status })
    .from(activitySignups)
    .innerJoin(activities, eq(activities.id, activitySignups.activityId))
    .where(and(eq(activitySignups.residentId, residentId), ne(activitySignups.status, "cancelled"), mine))
    .orderBy(desc(activities.startAt))
    .limit(LIMIT_PER_AREA)
    .all()
    .map((s) => ({
      kind: "activity_signup" as const,
      id: s.id,
      at: s.startAt,
      title: s.title,
      status: { group: "signupStatus", code: s.status },
      tags: [],
      href: `/activities/${s.activityId}`,
    }));
}

/**
 * 一人一档: a resident's appointments, calls, mediation cases, care membership and visits and activity
 * sign-ups in one list, newest first. Each area is read with that area's own visibility rules, so
 * the list holds exactly what this viewer could open one by one: a counsellor sees their own
 * appointments (and requests in triage) but no hotline call and no case they are not on; the admin
 * sees everything. Only codes, dates and links — the details stay behind each record's own page
 * (and its audit or break-glass). The read itself is audited with the counts it showed.
 */
export function personTimeline(ctx: Ctx, residentId: number): PersonTimeline {
  if (!canUseTimeline(ctx.actor)) throw forbidden();
  const resident = ctx.db
    .select({ id: residents.id, name: residents.name, gender: residents.gender, birthYear: residents.birthYear, community: residents.community })
    .from(residents)
    .where(eq(residents.id, residentId))
    .get();
  if (!resident) throw notFound();
  const areas: [TimelineKind[], TimelineItem[] | null][] = [
    [["appointment"], appointmentItems(ctx, residentId)],
    [["call"], callItems(ctx, residentId)],
    [["mediation_case"], caseItems(ctx, residentId)],
    [["care_person", "care_visit"], careItems(ctx, residentId)],
    [["activity_signup"], signupItems(ctx, residentId)],
  ];
  const items = areas
    .flatMap(([, xs]) => xs ?? [])
    .sort((a, b) => b.at.getTime() - a.at.getTime() || TIMELINE_KINDS.indexOf(a.kind) - TIMELINE_KINDS.indexOf(b.kind) || b.id - a.id);
  const hiddenAreas = areas.flatMap(([kinds, xs]) => (xs === null ? kinds : []));
  const counts: Record<string, number> = {};
  for (const i of items) counts[i.kind] = (counts[i.kind] ?? 0) + 1;
  auditAs(ctx, { action: "resident.timeline_read", entityType: "resident", entityId: residentId, details: counts });
  return { resident, items, hiddenAreas };
}
