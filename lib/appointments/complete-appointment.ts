import type { Ctx } from "../context";
import { appError, forbidden } from "../errors";
import { t } from "../i18n/messages";
import { assertLegal, assertVersion, auditAppointment, loadHead, recordEvent, updateAppointment } from "./internal";
import { canComplete } from "./policy";
import { writeSessionRecordInTransaction } from "./save-session-record";
import type { CompleteAppointmentInput } from "./schemas";

/** The session took place (its counsellor, once it has started), optionally with the session record in the same step. */
export function completeAppointment(ctx: Ctx, id: number, input: CompleteAppointmentInput): { id: number; status: "completed"; version: number; recordId: number | null } {
  return ctx.db.transaction(
    () => {
      const head = loadHead(ctx, id);
      if (!canComplete(ctx.actor, head)) throw forbidden(t("appointments.error.completeOwnOnly"));
      assertLegal(head, "complete");
      if (!head.startAt || head.startAt.getTime() > ctx.now.getTime()) throw appError("conflict", t("appointments.error.notStartedYet"));
      assertVersion(head, input.version);
      const version = updateAppointment(ctx, head, { status: "completed", completedAt: ctx.now });
      recordEvent(ctx, id, head.status, "completed", "complete");
      auditAppointment(ctx, "appointment.complete", id, { withRecord: Boolean(input.record) });
      const record = input.record ? writeSessionRecordInTransaction(ctx, { ...head, status: "completed", version }, input.record) : null;
      return { id, status: "completed" as const, version, recordId: record?.id ?? null };
    },
    { behavior: "immediate" },
  );
}
