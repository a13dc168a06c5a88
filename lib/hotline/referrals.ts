import { eq } from "drizzle-orm";
import { hotlineCalls, type CallAction, type CallCategory, type MediationDisputeType, type MediationRiskColor, type RiskLevel } from "@/db/schema";
import { requestReferralInTransaction } from "../appointments/request-referral";
import { requestFollowUpInTransaction } from "../care/follow-ups";
import type { Ctx } from "../context";
import { appError } from "../errors";
import { label, t } from "../i18n/messages";
import { registerCaseInTransaction } from "../mediation/register-case";
import { addLocalDays, toLocalDate } from "../time";
import { auditHotline } from "./internal";
import { referralRuleErrors } from "./policy";

interface SavedCall {
  residentId: number | null;
  categories: CallCategory[];
  riskLevel: RiskLevel;
  actions: CallAction[];
  referralNote: string | null;
  referralDisputeType: MediationDisputeType | null;
  referralRespondent: string | null;
}

export interface CallReferrals {
  appointmentId: number | null;
  mediationCaseId: number | null;
  careFollowUpId: number | null;
}

/** The schema's referral rules again, on the saved values (the use case is the authority). */
export function assertReferralPossible(call: SavedCall): void {
  const errors = referralRuleErrors({
    actions: call.actions,
    residentId: call.residentId,
    referralNote: call.referralNote ?? undefined,
    referralDisputeType: call.referralDisputeType ?? undefined,
    referralRespondent: call.referralRespondent ?? undefined,
  });
  if (Object.keys(errors).length) throw appError("validation", Object.values(errors)[0][0], errors);
}

const URGENCY = { none: "normal", low: "normal", medium: "soon", high: "urgent", imminent: "urgent" } as const satisfies Record<RiskLevel, string>;
const CASE_COLOR = { none: "green", low: "green", medium: "yellow", high: "red", imminent: "red" } as const satisfies Record<RiskLevel, MediationRiskColor>;
// Days from the call to the care visit it asks for: at once for a caller at high risk.
const FOLLOW_UP_DAYS = { none: 7, low: 7, medium: 3, high: 0, imminent: 0 } as const satisfies Record<RiskLevel, number>;

/**
 * Carries out a saved call's referrals in the caller's transaction (issue 5: one step), each linked
 * both ways: an appointment request in the triage queue (source hotline, this call); a mediation
 * case in `registered` with the caller as applicant and the operator's note as its summary, for
 * the admins to assign; a follow-up request to the care team, due at once for a high-risk caller.
 * Each runs once per call — a later edit keeps what was made. What travels is the call's codes and
 * the operator's referral note, never the call summary, which stays with the hotline.
 */
export function applyCallReferrals(ctx: Ctx, callId: number, call: SavedCall): CallReferrals {
  const current = ctx.db
    .select({ appointmentId: hotlineCalls.appointmentId, mediationCaseId: hotlineCalls.mediationCaseId, careFollowUpId: hotlineCalls.careFollowUpId })
    .from(hotlineCalls)
    .where(eq(hotlineCalls.id, callId))
    .get();
  const out: CallReferrals = { appointmentId: current?.appointmentId ?? null, mediationCaseId: current?.mediationCaseId ?? null, careFollowUpId: current?.careFollowUpId ?? null };
  const wants = (a: CallAction) => call.actions.includes(a);
  const toDo = (wants("referred_appointment") && !out.appointmentId) || (wants("referred_mediation") && !out.mediationCaseId) || (wants("referred_care") && !out.careFollowUpId);
  if (!toDo) return out;
  assertReferralPossible(call);
  const residentId = call.residentId!;
  const risk = label("riskLevel", call.riskLevel);

  if (wants("referred_appointment") && !out.appointmentId) {
    const categories = call.categories.map((c) => label("callCategory", c)).join("、") || "—";
    const { id } = requestReferralInTransaction(ctx, {
      residentId,
      need: t("referral.hotline.need", { categories, risk }),
      urgency: URGENCY[call.riskLevel],
      source: "hotline",
      sourceId: callId,
    });
    out.appointmentId = id;
    ctx.db.update(hotlineCalls).set({ appointmentId: id }).where(eq(hotlineCalls.id, callId)).run();
    auditHotline(ctx, "hotline.call_refer", "hotline_call", callId, { kind: "appointment", appointmentId: id, residentId });
  }

  if (wants("referred_mediation") && !out.mediationCaseId) {
    const color = CASE_COLOR[call.riskLevel];
    const { id } = registerCaseInTransaction(
      ctx,
      {
        // The centre finds the dispute itself, through its hotline: the committee's own initiative.
        source: "initiative",
        disputeType: call.referralDisputeType!,
        summary: call.referralNote!,
        riskColor: color,
        riskReason: color === "green" ? undefined : t("referral.hotline.riskReason", { risk }),
        parties: [
          { role: "applicant", residentId },
          { role: "respondent", name: call.referralRespondent! },
        ],
      },
      { type: "hotline_call", id: callId },
    );
    out.mediationCaseId = id;
    ctx.db.update(hotlineCalls).set({ mediationCaseId: id }).where(eq(hotlineCalls.id, callId)).run();
    auditHotline(ctx, "hotline.call_refer", "hotline_call", callId, { kind: "mediation", mediationCaseId: id, residentId });
  }

  if (wants("referred_care") && !out.careFollowUpId) {
    const { id } = requestFollowUpInTransaction(ctx, {
      residentId,
      source: "hotline",
      sourceId: callId,
      dueOn: toLocalDate(addLocalDays(ctx.now, FOLLOW_UP_DAYS[call.riskLevel])),
      note: call.referralNote ?? t("referral.hotline.careNote", { risk }),
    });
    out.careFollowUpId = id;
    ctx.db.update(hotlineCalls).set({ careFollowUpId: id }).where(eq(hotlineCalls.id, callId)).run();
    auditHotline(ctx, "hotline.call_refer", "hotline_call", callId, { kind: "care", careFollowUpId: id, residentId });
  }
  return out;
}
