import { and, count, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { assessmentAlerts, assessments, residents, users, type AlertStatus, type AssessmentBand, type AssessmentScale } from "@/db/schema";
import { auditAs } from "../audit/audit";
import type { Ctx } from "../context";
import { forbidden } from "../errors";
import { canTriage, residentIdFor } from "./policy";
import type { AlertReason } from "./scales";

export interface AlertView {
  id: number;
  createdAt: Date;
  scale: AssessmentScale;
  score: number;
  band: AssessmentBand;
  reasons: AlertReason[];
  /** Null for an anonymous kiosk session. */
  resident: { id: number; name: string; phone: string | null } | null;
  status: AlertStatus;
  handledByName: string | null;
  handledAt: Date | null;
  handledNote: string | null;
}

/**
 * The counsellors' triage queue (open first by default), newest first. Counsellors and the admin
 * only; each read of the queue is audited with the ids shown.
 */
export function listAlerts(ctx: Ctx, opts: { status?: AlertStatus; limit?: number } = {}): AlertView[] {
  if (!canTriage(ctx.actor)) throw forbidden();
  const handler = alias(users, "handler");
  const rows = ctx.db
    .select({
      id: assessmentAlerts.id,
      createdAt: assessmentAlerts.createdAt,
      reasons: assessmentAlerts.reasons,
      status: assessmentAlerts.status,
      handledAt: assessmentAlerts.handledAt,
      handledNote: assessmentAlerts.handledNote,
      handledByName: handler.name,
      scale: assessments.scale,
      score: assessments.score,
      band: assessments.band,
      residentId: residents.id,
      residentName: residents.name,
      residentPhone: residents.phone,
    })
    .from(assessmentAlerts)
    .innerJoin(assessments, eq(assessments.id, assessmentAlerts.assessmentId))
    .leftJoin(residents, eq(residents.id, assessments.residentId))
    .leftJoin(handler, eq(handler.id, assessmentAlerts.handledBy))
    .where(eq(assessmentAlerts.status, opts.status ?? "open"))
    .orderBy(desc(assessmentAlerts.createdAt), desc(assessmentAlerts.id))
    .limit(Math.min(opts.limit ?? 100, 200))
    .all();
  auditAs(ctx, {
    action: "assessment_alert.list_read",
    entityType: "assessment_alert",
    details: { status: opts.status ?? "open", ids: rows.map((r) => r.id) },
  });
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt,
    scale: r.scale,
    score: r.score,
    band: r.band,
    reasons: r.reasons as AlertReason[],
    resident: r.residentId !== null ? { id: r.residentId, name: r.residentName!, phone: r.residentPhone } : null,
    status: r.status,
    handledByName: r.handledByName,
    handledAt: r.handledAt,
    handledNote: r.handledNote,
  }));
}

/** How many alerts wait for a counsellor (the home widget: a number, no names). */
export function openAlertCount(ctx: Ctx): number {
  if (!canTriage(ctx.actor)) return 0;
  return ctx.db.select({ n: count() }).from(assessmentAlerts).where(eq(assessmentAlerts.status, "open")).get()?.n ?? 0;
}

export interface MyAssessment {
  id: number;
  scale: AssessmentScale;
  score: number;
  band: AssessmentBand;
  createdAt: Date;
}

/** A resident's own results, newest first. */
export function myAssessments(ctx: Ctx, limit = 10): MyAssessment[] {
  const residentId = residentIdFor(ctx.actor);
  if (residentId === null) return [];
  return ctx.db
    .select({ id: assessments.id, scale: assessments.scale, score: assessments.score, band: assessments.band, createdAt: assessments.createdAt })
    .from(assessments)
    .where(and(eq(assessments.residentId, residentId)))
    .orderBy(desc(assessments.createdAt), desc(assessments.id))
    .limit(limit)
    .all();
}
