import { and, asc, desc, eq, isNull } from "drizzle-orm";
import { careFollowUps, carePersons, residents, users, type FollowUpSource, type FollowUpStatus } from "@/db/schema";
import { hasRole } from "../auth/actor";
import type { Ctx } from "../context";
import { t } from "../i18n/messages";
import { activeUsersWithRole, notify } from "../notifications/notify";
import { formatShortDate, parseLocalDate } from "../time";
import { assertCareRole, auditCare, carerIdsOf, refreshSchedule } from "./internal";

export interface FollowUpRequest {
  residentId: number;
  source: FollowUpSource;
  sourceId: number;
  /** The centre-local date by which the person should be visited. */
  dueOn: string;
  /** The referrer's words for the carers (never the source record's own confidential text). */
  note?: string | null;
}

/**
 * A follow-up request to the care team, inside the referring use case's transaction (the caller has
 * decided who may refer: a hotline operator from a call). A resident in care is due by `dueOn` and
 * their carers are told; for a resident not in care the admins are told, and the request waits on
 * the care page until the resident is registered (refreshSchedule attaches it). The answer is the
 * same either way, so the referrer learns nothing of who is in care.
 */
export function requestFollowUpInTransaction(ctx: Ctx, input: FollowUpRequest): { id: number } {
  const again = ctx.db
    .select({ id: careFollowUps.id })
    .from(careFollowUps)
    .where(and(eq(careFollowUps.source, input.source), eq(careFollowUps.sourceId, input.sourceId)))
    .get();
  if (again) return again;
  const person = ctx.db
    .select({ id: carePersons.id })
    .from(carePersons)
    .where(and(eq(carePersons.residentId, input.residentId), eq(carePersons.status, "active")))
    .get();
  const { id } = ctx.db
    .insert(careFollowUps)
    .values({
      residentId: input.residentId,
      personId: person?.id ?? null,
      source: input.source,
      sourceId: input.sourceId,
      dueOn: input.dueOn,
      note: input.note?.trim() || null,
      createdAt: ctx.now,
      createdBy: ctx.actor.userId,
    })
    .returning({ id: careFollowUps.id })
    .get();
  auditCare(ctx, "care.follow_up.request", id, { source: input.source, sourceId: input.sourceId, residentId: input.residentId, attached: Boolean(person) }, "care_follow_up");

  const due = parseLocalDate(input.dueOn);
  const params = { date: due ? formatShortDate(due) : input.dueOn };
  if (person) {
    refreshSchedule(ctx, person.id);
    const carers = carerIdsOf(ctx.db, person.id);
    const recipients = carers.length ? carers : activeUsersWithRole(ctx.db, ["admin"]);
    for (const userId of recipients) {
      if (userId === ctx.actor.userId) continue;
      notify(ctx.db, { userId, type: "care_follow_up", title: t("notify.careFollowUp", params), link: `/care/persons/${person.id}`, dedupeKey: `care-follow-up:${id}`, at: ctx.now });
    }
  } else {
    for (const userId of activeUsersWithRole(ctx.db, ["admin"])) {
      if (userId === ctx.actor.userId) continue;
      notify(ctx.db, { userId, type: "care_follow_up", title: t("notify.careFollowUpPending", params), link: "/care#follow-ups", dedupeKey: `care-follow-up:${id}`, at: ctx.now });
    }
  }
  return { id };
}

export interface FollowUpItem {
  id: number;
  source: FollowUpSource;
  sourceId: number;
  dueOn: string;
  note: string | null;
  status: FollowUpStatus;
  createdAt: Date;
  createdByName: string;
  doneAt: Date | null;
}

const itemColumns = {
  id: careFollowUps.id,
  source: careFollowUps.source,
  sourceId: careFollowUps.sourceId,
  dueOn: careFollowUps.dueOn,
  note: careFollowUps.note,
  status: careFollowUps.status,
  createdAt: careFollowUps.createdAt,
  createdByName: users.name,
  doneAt: careFollowUps.doneAt,
};

/** A person's follow-up requests, open first (the caller has checked the person is visible). */
export function followUpsOfPerson(ctx: Ctx, personId: number): FollowUpItem[] {
  return ctx.db
    .select(itemColumns)
    .from(careFollowUps)
    .innerJoin(users, eq(users.id, careFollowUps.createdBy))
    .where(eq(careFollowUps.personId, personId))
    .orderBy(desc(careFollowUps.status), asc(careFollowUps.dueOn), desc(careFollowUps.id))
    .limit(50)
    .all();
}

export interface PendingFollowUp extends FollowUpItem {
  resident: { id: number; name: string; community: string | null };
}

/**
 * Requests for residents not in care, waiting for the admin to register them: admin only — a carer sees only the persons assigned to them.
 */
export function listPendingFollowUps(ctx: Ctx): PendingFollowUp[] {
  assertCareRole(ctx);
  if (!hasRole(ctx.actor, "admin")) return [];
  return ctx.db
    .select({ ...itemColumns, residentId: residents.id, residentName: residents.name, community: residents.community })
    .from(careFollowUps)
    .innerJoin(users, eq(users.id, careFollowUps.createdBy))
    .innerJoin(residents, eq(residents.id, careFollowUps.residentId))
    .where(and(eq(careFollowUps.status, "open"), isNull(careFollowUps.personId)))
    .orderBy(asc(careFollowUps.dueOn), asc(careFollowUps.id))
    .limit(100)
    .all()
    .map(({ residentId, residentName, community, ...f }) => ({ ...f, resident: { id: residentId, name: residentName, community } }));
}
