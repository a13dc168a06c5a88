import { and, eq, inArray, isNull, lte, max, min } from "drizzle-orm";
import type { Db } from "@/db/client";
import { careAssignments, careFollowUps, carePersons, careSettings, careVisits, RISK_COLORS, userRoles, users, type RiskColor } from "@/db/schema";
import { assertRole } from "../auth/actor";
import { auditAs, type AuditEntry } from "../audit/audit";
import type { Ctx } from "../context";
import { appError, notFound } from "../errors";
import { t } from "../i18n/messages";
import { toLocalDate } from "../time";
import { canSeePerson } from "./policy";
import { computeNextVisitDue, DEFAULT_CADENCE, type Cadence } from "./schedule";

export function auditCare(ctx: Ctx, action: string, entityId: number | null, details?: AuditEntry["details"], entityType = "care_person") {
  auditAs(ctx, { action, entityType, entityId, details });
}

/** Carers and admin only: everyone else is refused with 403 before any record is looked at. */
export function assertCareRole(ctx: Ctx): void {
  assertRole(ctx.actor, "carer", "admin");
}

export function today(ctx: Ctx): string {
  return toLocalDate(ctx.now);
}

export function carerIdsOf(db: Db, personId: number): number[] {
  return db
    .select({ id: careAssignments.carerId })
    .from(careAssignments)
    .where(eq(careAssignments.personId, personId))
    .all()
    .map((r) => r.id);
}

export interface PersonHead {
  id: number;
  residentId: number;
  status: "active" | "exited";
  riskColor: RiskColor;
  registeredOn: string;
  lastVisitAt: Date | null;
  nextVisitDue: string | null;
  carerIds: number[];
}

/** The columns a use case decides on, for a person the actor may see; anyone else gets 404. */
export function personHead(ctx: Ctx, id: number): PersonHead {
  assertCareRole(ctx);
  const row = ctx.db
    .select({
      id: carePersons.id,
      residentId: carePersons.residentId,
      status: carePersons.status,
      riskColor: carePersons.riskColor,
      registeredOn: carePersons.registeredOn,
      lastVisitAt: carePersons.lastVisitAt,
      nextVisitDue: carePersons.nextVisitDue,
    })
    .from(carePersons)
    .where(eq(carePersons.id, id))
    .get();
  if (!row) throw notFound();
  const carerIds = carerIdsOf(ctx.db, id);
  if (!canSeePerson(ctx.actor, carerIds)) throw notFound();
  return { ...row, carerIds };
}

export function assertActive(p: PersonHead): void {
  if (p.status !== "active") throw appError("conflict", t("care.error.exited"));
}

/** The cadence in force: the admin's settings over the defaults. */
export function readCadence(db: Db): Cadence {
  const out: Cadence = { ...DEFAULT_CADENCE };
  for (const r of db.select({ color: careSettings.color, days: careSettings.cadenceDays }).from(careSettings).all()) out[r.color] = r.days;
  return out;
}

/**
 * Recomputes and stores a person's last visit and next due date from their visits, colour and the
 * cadence. Every change to a person runs it, inside its transaction. Follow-up requests from other
 * services (lib/care/follow-ups.ts) take part: one waiting for this resident is attached to an
 * active person, one answered by a visit since it was made is closed, and an open one brings the
 * due date forward to its own.
 */
export function refreshSchedule(ctx: Ctx, personId: number, cadence: Cadence = readCadence(ctx.db)): string | null {
  const p = ctx.db
    .select({ residentId: carePersons.residentId, status: carePersons.status, riskColor: carePersons.riskColor, registeredOn: carePersons.registeredOn })
    .from(carePersons)
    .where(eq(carePersons.id, personId))
    .get();
  if (!p) throw notFound();
  const last = ctx.db.select({ at: max(careVisits.visitedAt) }).from(careVisits).where(eq(careVisits.personId, personId)).get()?.at ?? null;
  const lastVisitAt = last == null ? null : new Date(last);
  let nextVisitDue = computeNextVisitDue({ ...p, lastVisitAt }, cadence);
  if (p.status === "active") {
    const requested = settleFollowUps(ctx, personId, p.residentId, lastVisitAt);
    if (requested && nextVisitDue && requested < nextVisitDue) nextVisitDue = requested;
  }
  ctx.db.update(carePersons).set({ lastVisitAt, nextVisitDue, updatedAt: ctx.now }).where(eq(carePersons.id, personId)).run();
  return nextVisitDue;
}

/** Attaches and closes an active person's follow-up requests; returns the earliest open due date. */
function settleFollowUps(ctx: Ctx, personId: number, residentId: number, lastVisitAt: Date | null): string | null {
  ctx.db
    .update(careFollowUps)
    .set({ personId })
    .where(and(eq(careFollowUps.residentId, residentId), eq(careFollowUps.status, "open"), isNull(careFollowUps.personId)))
    .run();
  if (lastVisitAt) {
    ctx.db
      .update(careFollowUps)
      .set({ status: "done", doneAt: ctx.now })
      .where(and(eq(careFollowUps.personId, personId), eq(careFollowUps.status, "open"), lte(careFollowUps.createdAt, lastVisitAt)))
      .run();
  }
  return (
    ctx.db
      .select({ due: min(careFollowUps.dueOn) })
      .from(careFollowUps)
      .where(and(eq(careFollowUps.personId, personId), eq(careFollowUps.status, "open")))
      .get()?.due ?? null
  );
}

/** Active users holding the carer role, among `ids`. */
export function activeCarers(db: Db, ids: readonly number[]): Set<number> {
  if (ids.length === 0) return new Set();
  return new Set(
    db
      .select({ id: users.id })
      .from(users)
      .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "carer")))
      .where(and(inArray(users.id, [...ids]), eq(users.active, true)))
      .all()
      .map((r) => r.id),
  );
}

/** Active staff (any role but resident) among `ids`: who may be named as a visitor. */
export function activeStaff(db: Db, ids: readonly number[]): Set<number> {
  if (ids.length === 0) return new Set();
  return new Set(
    db
      .selectDistinct({ id: users.id })
      .from(users)
      .innerJoin(userRoles, eq(userRoles.userId, users.id))
      .where(and(inArray(users.id, [...ids]), eq(users.active, true), inArray(userRoles.role, ["admin", "counselor", "teacher", "hotline", "mediator", "carer"])))
      .all()
      .map((r) => r.id),
  );
}

export function isRiskColor(v: string): v is RiskColor {
  return (RISK_COLORS as readonly string[]).includes(v);
}
