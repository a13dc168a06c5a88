import { eq } from "drizzle-orm";
import { sessionRecords, users, type RiskLevel } from "@/db/schema";
import { hasRole } from "../auth/actor";
import type { Ctx } from "../context";
import { appError, notFound } from "../errors";
import { t } from "../i18n/messages";
import { auditAppointment, loadHead } from "./internal";

export interface SessionRecordView {
  id: number;
  appointmentId: number;
  author: { id: number; name: string };
  presentingIssue: string;
  assessment: string;
  intervention: string;
  plan: string;
  nextStep: string | null;
  riskLevel: RiskLevel;
  createdAt: Date;
  updatedAt: Date | null;
}

/**
 * The text of a session record: for its author; for an admin only with a stated reason
 * (break-glass, audited with that reason); for everyone else it does not exist (404, and the
 * refusal is audited). Every read is audited, ids only.
 */
export function readSessionRecord(ctx: Ctx, appointmentId: number, opts: { reason?: string } = {}): SessionRecordView {
  const head = loadHead(ctx, appointmentId);
  const row = ctx.db
    .select({
      id: sessionRecords.id,
      appointmentId: sessionRecords.appointmentId,
      authorId: sessionRecords.authorId,
      authorName: users.name,
      presentingIssue: sessionRecords.presentingIssue,
      assessment: sessionRecords.assessment,
      intervention: sessionRecords.intervention,
      plan: sessionRecords.plan,
      nextStep: sessionRecords.nextStep,
      riskLevel: sessionRecords.riskLevel,
      createdAt: sessionRecords.createdAt,
      updatedAt: sessionRecords.updatedAt,
    })
    .from(sessionRecords)
    .innerJoin(users, eq(users.id, sessionRecords.authorId))
    .where(eq(sessionRecords.appointmentId, head.id))
    .get();
  if (!row) throw notFound();
  const author = row.authorId === ctx.actor.userId;
  if (!author) {
    if (!hasRole(ctx.actor, "admin")) {
      auditAppointment(ctx, "appointment.session_record_read", head.id, { recordId: row.id }, { outcome: "denied" });
      throw notFound();
    }
    const reason = opts.reason?.trim() ?? "";
    if (reason.length < 4) throw appError("validation", t("appointments.field.readReason"), { reason: [t("appointments.field.readReason")] });
  }
  auditAppointment(ctx, "appointment.session_record_read", head.id, { recordId: row.id, breakGlass: !author }, { reason: author ? null : opts.reason!.trim() });
  const { authorId, authorName, ...rest } = row;
  return { ...rest, author: { id: authorId, name: authorName } };
}
