import { eq } from "drizzle-orm";
import { hotlineCalls, type CallAction, type CallCategory, type CallerKind, type RiskLevel } from "@/db/schema";
import type { Ctx } from "../context";
import { appError, conflict, forbidden, type FieldErrors } from "../errors";
import { t } from "../i18n/messages";
import { assertResidentExists, auditHotline, raiseImminentAlert } from "./internal";
import { callRuleErrors, canLogCalls } from "./policy";
import { applyCallReferrals, type CallReferrals } from "./referrals";
import type { CreateCallInput, UpdateCallInput } from "./schemas";

export interface CallResult {
  id: number;
  status: "saved";
  startedAt: Date;
  endedAt: Date | null;
  callerKind: CallerKind;
  categories: CallCategory[];
  riskLevel: RiskLevel;
  actions: CallAction[];
  followUpAt: Date | null;
  residentId: number | null;
  /** The appointment request a referral created (actions include referred_appointment). */
  appointmentId: number | null;
  /** The mediation case a referral registered (referred_mediation). */
  mediationCaseId: number | null;
  /** The follow-up request sent to the care team (referred_care). */
  careFollowUpId: number | null;
}

// Clocks of a phone and the server differ a little; a call cannot start later than that.
const CLOCK_SKEW_MS = 5 * 60_000;

/** The schema's rules again (the use case is the authority), plus those that need the clock. */
export function assertCompleteCall(ctx: Ctx, input: UpdateCallInput): void {
  const errors: FieldErrors = callRuleErrors(input);
  if (input.startedAt.getTime() > ctx.now.getTime() + CLOCK_SKEW_MS) (errors.startedAt ??= []).push(t("hotline.error.inFuture"));
  const fields = Object.keys(errors);
  // One thing wrong: say it in the message too (an API client reads the message first).
  if (fields.length > 0) throw appError("validation", fields.length === 1 ? errors[fields[0]][0] : undefined, errors);
}

export function callValues(input: UpdateCallInput) {
  return {
    startedAt: input.startedAt,
    endedAt: input.endedAt ?? null,
    callerKind: input.callerKind,
    categories: input.categories,
    summary: input.summary,
    riskLevel: input.riskLevel,
    actions: input.actions ?? [],
    followUpAt: input.followUpAt ?? null,
    residentId: input.residentId ?? null,
    callerPhone: input.callerPhone ?? null,
    referralNote: input.referralNote ?? null,
    referralDisputeType: input.referralDisputeType ?? null,
    referralRespondent: input.referralRespondent ?? null,
  };
}

function result(id: number, v: ReturnType<typeof callValues>, referrals: CallReferrals): CallResult {
  const { startedAt, endedAt, callerKind, categories, riskLevel, actions, followUpAt, residentId } = v;
  return { id, status: "saved", startedAt, endedAt, callerKind, categories, riskLevel, actions, followUpAt, residentId, ...referrals };
}

/**
 * Logs a call (POST /api/v1/hotline/calls, the call form's save). With a clientKey it finalises the
 * draft autosaved under that key, and a repeated submit returns the call already saved. An
 * imminent call alerts the admins and the other staff on duty.
 */
export function createCall(ctx: Ctx, input: CreateCallInput): { call: CallResult; created: boolean } {
  if (!canLogCalls(ctx.actor)) throw forbidden();
  assertCompleteCall(ctx, input);
  const values = callValues(input);
  return ctx.db.transaction(
    () => {
      assertResidentExists(ctx, input.residentId);
      const existing = input.clientKey
        ? ctx.db
            .select({ id: hotlineCalls.id, status: hotlineCalls.status, operatorId: hotlineCalls.operatorId })
            .from(hotlineCalls)
            .where(eq(hotlineCalls.clientKey, input.clientKey))
            .get()
        : undefined;
      if (existing && existing.operatorId !== ctx.actor.userId) throw conflict(t("hotline.error.draftNotYours"));
      if (existing?.status === "saved") {
        const saved = ctx.db
          .select({
            startedAt: hotlineCalls.startedAt,
            endedAt: hotlineCalls.endedAt,
            callerKind: hotlineCalls.callerKind,
            categories: hotlineCalls.categories,
            riskLevel: hotlineCalls.riskLevel,
            actions: hotlineCalls.actions,
            followUpAt: hotlineCalls.followUpAt,
            residentId: hotlineCalls.residentId,
            appointmentId: hotlineCalls.appointmentId,
            mediationCaseId: hotlineCalls.mediationCaseId,
            careFollowUpId: hotlineCalls.careFollowUpId,
          })
          .from(hotlineCalls)
          .where(eq(hotlineCalls.id, existing.id))
          .get()!;
        return { call: { id: existing.id, status: "saved" as const, ...saved, callerKind: saved.callerKind!, riskLevel: saved.riskLevel! }, created: false };
      }
      let id: number;
      if (existing) {
        id = existing.id;
        ctx.db
          .update(hotlineCalls)
          .set({ ...values, status: "saved", updatedAt: ctx.now })
          .where(eq(hotlineCalls.id, id))
          .run();
      } else {
        id = ctx.db
          .insert(hotlineCalls)
          .values({ ...values, clientKey: input.clientKey ?? null, status: "saved", operatorId: ctx.actor.userId, createdAt: ctx.now, updatedAt: ctx.now })
          .returning({ id: hotlineCalls.id })
          .get().id;
      }
      auditHotline(ctx, "hotline.call_create", "hotline_call", id, {
        riskLevel: values.riskLevel,
        callerKind: values.callerKind,
        categories: values.categories,
        actions: values.actions,
        fromDraft: Boolean(existing),
      });
      // A referral creates its linked record in this same transaction (a refusal undoes the call too).
      const referrals = applyCallReferrals(ctx, id, values);
      if (values.riskLevel === "imminent") raiseImminentAlert(ctx, id, values.startedAt);
      return { call: result(id, values, referrals), created: true };
    },
    { behavior: "immediate" },
  );
}
