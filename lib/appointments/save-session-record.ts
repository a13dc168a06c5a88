import { and, eq } from "drizzle-orm";
import { appointmentAlerts, sessionRecords, userRoles, users } from "@/db/schema";
import type { Ctx } from "../context";
import { appError, forbidden } from "../errors";
import { t } from "../i18n/messages";
import { auditAppointment, loadHead, type Head } from "./internal";
import { canComplete, needsFollowUp } from "./policy";
import type { SessionRecordInput } from "./schemas";

/**
 * Writes (or, for its author, rewrites) the session record of a completed appointment inside the
 * caller's transaction. A high or imminent risk level raises a follow-up alert for every admin.
 * The audit row carries the risk level and ids, never the text.
 */
export function writeSessionRecordInTransaction(ctx: Ctx, head: Head, input: SessionRecordInput): { id: number; created: boolean } {
  const existing = ctx.db.select({ id: sessionRecords.id, authorId: sessionRecords.authorId }).from(sessionRecords).where(eq(sessionRecords.appointmentId, head.id)).get();
  const fields = {
    presentingIssue: input.presentingIssue,
    assessment: input.assessment,
    intervention: input.intervention,
    plan: input.plan,
    nextStep: input.nextStep || null,
    riskLevel: input.riskLevel,
  };
  let id: number;
  if (existing) {
    if (existing.authorId !== ctx.actor.userId) throw forbidden(t("appointments.error.recordAuthorOnly"));
    ctx.db.update(sessionRecords).set({ ...fields, updatedAt: ctx.now }).where(eq(sessionRecords.id, existing.id)).run();
    id = existing.id;
  } else {
    id = ctx.db
      .insert(sessionRecords)
      .values({ ...fields, appointmentId: head.id, authorId: ctx.actor.userId, createdAt: ctx.now })
      .returning({ id: sessionRecords.id })
      .get().id;
  }
  if (needsFollowUp(input.riskLevel)) {
    const admins = ctx.db
      .select({ id: users.id })
      .from(users)
      .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "admin")))
      .where(eq(users.active, true))
      .all();
    for (const a of admins) {
      ctx.db
        .insert(appointmentAlerts)
        .values({ appointmentId: head.id, recipientId: a.id, riskLevel: input.riskLevel, raisedBy: ctx.actor.userId, createdAt: ctx.now })
        .onConflictDoUpdate({ target: [appointmentAlerts.appointmentId, appointmentAlerts.recipientId], set: { riskLevel: input.riskLevel, handledAt: null, handledBy: null, createdAt: ctx.now } })
        .run();
    }
  }
  auditAppointment(ctx, "appointment.session_record_write", head.id, { recordId: id, created: !existing, riskLevel: input.riskLevel, alert: needsFollowUp(input.riskLevel) });
  return { id, created: !existing };
}

/** 咨询记录 of a completed session, by the appointment's own counsellor (the author). */
export function saveSessionRecord(ctx: Ctx, appointmentId: number, input: SessionRecordInput): { id: number; created: boolean } {
  return ctx.db.transaction(
    () => {
      const head = loadHead(ctx, appointmentId);
      if (!canComplete(ctx.actor, head)) throw forbidden(t("appointments.error.recordAuthorOnly"));
      if (head.status !== "completed") throw appError("conflict", t("appointments.error.recordNeedsCompleted"));
      return writeSessionRecordInTransaction(ctx, head, input);
    },
    { behavior: "immediate" },
  );
}
