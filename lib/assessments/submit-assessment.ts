import { assessmentAlerts, assessments } from "@/db/schema";
import { recordAudit } from "../audit/audit";
import { notifyAssessmentAlert } from "../notifications/area-events";
import type { Actor } from "../auth/actor";
import type { AnonCtx } from "../context";
import { residentIdFor } from "./policy";
import { scoreAssessment, type AssessmentResult } from "./scales";
import type { SubmitAssessmentInput } from "./schemas";

export interface SubmittedAssessment extends AssessmentResult {
  id: number;
}

/**
 * Scores a PHQ-9 or GAD-7 and stores it: with the resident's id when a resident is signed in
 * (and not at the kiosk), otherwise with no identity at all — not even the address it came from.
 * An alert (PHQ-9 item 9 above 0, or 重度) also puts a triage item in the counsellors' queue, in
 * the same transaction.
 */
export function submitAssessment(ctx: AnonCtx & { actor: Actor | null }, input: SubmitAssessmentInput, opts: { kiosk?: boolean } = {}): SubmittedAssessment {
  const result = scoreAssessment(input.scale, input.answers);
  const residentId = opts.kiosk ? null : residentIdFor(ctx.actor);
  return ctx.db.transaction(
    () => {
      const { id } = ctx.db
        .insert(assessments)
        .values({ residentId, scale: input.scale, answers: [...input.answers], score: result.score, band: result.band, alert: result.alert, kiosk: Boolean(opts.kiosk), createdAt: ctx.now })
        .returning({ id: assessments.id })
        .get();
      if (result.alert) {
        const alert = ctx.db.insert(assessmentAlerts).values({ assessmentId: id, reasons: result.reasons, status: "open", createdAt: ctx.now }).returning({ id: assessmentAlerts.id }).get();
        notifyAssessmentAlert(ctx.db, alert.id, result.reasons, ctx.now);
      }
      const identified = residentId !== null && ctx.actor !== null;
      recordAudit(ctx.db, {
        action: "assessment.submit",
        actorId: identified ? ctx.actor!.userId : null,
        actorUsername: identified ? ctx.actor!.username : null,
        entityType: "assessment",
        entityId: id,
        ip: identified ? ctx.ip : null,
        at: ctx.now,
        details: { scale: input.scale, alert: result.alert, anonymous: !identified },
      });
      return { id, ...result };
    },
    { behavior: "immediate" },
  );
}
