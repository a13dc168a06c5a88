import { eq } from "drizzle-orm";
import { hotlineCallbackAttempts, hotlineCalls, type CallbackOutcome } from "@/db/schema";
import type { Ctx } from "../context";
import { appError, conflict, forbidden } from "../errors";
import { t } from "../i18n/messages";
import { auditHotline, callHead } from "./internal";
import { canReadCalls } from "./policy";
import type { RecordCallbackInput } from "./schemas";

/**
 * One attempt to call a caller back: done closes the call-back, no answer leaves it due (and soon
 * overdue), rescheduled moves it to the new time.
 */
export function recordCallback(
  ctx: Ctx,
  callId: number,
  input: RecordCallbackInput,
): { id: number; callId: number; outcome: CallbackOutcome; followUpAt: Date | null; followUpDoneAt: Date | null } {
  if (!canReadCalls(ctx.actor)) throw forbidden();
  if (input.outcome === "rescheduled" && input.rescheduledTo && input.rescheduledTo <= ctx.now) {
    throw appError("validation", undefined, { rescheduledTo: [t("hotline.error.rescheduleInPast")] });
  }
  return ctx.db.transaction(
    () => {
      const head = callHead(ctx, callId);
      if (head.status !== "saved" || !head.followUpAt || head.followUpDoneAt) throw conflict(t("hotline.error.noOpenFollowUp"));
      const rescheduledTo = input.outcome === "rescheduled" ? input.rescheduledTo! : null;
      const { id } = ctx.db
        .insert(hotlineCallbackAttempts)
        .values({ callId, at: ctx.now, byUserId: ctx.actor.userId, outcome: input.outcome, rescheduledTo, note: input.note || null })
        .returning({ id: hotlineCallbackAttempts.id })
        .get();
      let followUpAt: Date | null = head.followUpAt;
      let followUpDoneAt: Date | null = null;
      if (input.outcome === "done") followUpDoneAt = ctx.now;
      if (rescheduledTo) followUpAt = rescheduledTo;
      ctx.db.update(hotlineCalls).set({ followUpAt, followUpDoneAt, updatedAt: ctx.now }).where(eq(hotlineCalls.id, callId)).run();
      auditHotline(ctx, "hotline.callback_record", "hotline_call", callId, { attemptId: id, outcome: input.outcome });
      return { id, callId, outcome: input.outcome, followUpAt, followUpDoneAt };
    },
    { behavior: "immediate" },
  );
}
