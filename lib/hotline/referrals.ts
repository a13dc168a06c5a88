import { eq } from "drizzle-orm";
import { hotlineCalls, type CallAction, type CallCategory, type RiskLevel } from "@/db/schema";
import { requestReferralInTransaction } from "../appointments/request-referral";
import type { Ctx } from "../context";
import { appError } from "../errors";
import { label, t } from "../i18n/messages";
import { auditHotline } from "./internal";

interface SavedCall {
  residentId: number | null;
  categories: CallCategory[];
  riskLevel: RiskLevel;
  actions: CallAction[];
}

/** A call that refers to an appointment must name the person: an anonymous caller has no file to book for. */
export function assertReferralPossible(call: Pick<SavedCall, "residentId" | "actions">): void {
  if (call.actions.includes("referred_appointment") && call.residentId == null) {
    const message = t("referral.error.callNeedsResident");
    throw appError("validation", message, { residentId: [message] });
  }
}

/**
 * Carries out a saved call's referral to a counsellor: the linked appointment request (source
 * hotline, this call) is created in the caller's transaction and its id stored on the call. Runs
 * once per call — a later edit keeps the request already made. The request's need is built from
 * the call's codes only; the summary stays with the hotline.
 */
export function applyCallReferrals(ctx: Ctx, callId: number, call: SavedCall): { appointmentId: number | null } {
  const current = ctx.db.select({ appointmentId: hotlineCalls.appointmentId }).from(hotlineCalls).where(eq(hotlineCalls.id, callId)).get();
  if (!call.actions.includes("referred_appointment") || current?.appointmentId != null) return { appointmentId: current?.appointmentId ?? null };
  assertReferralPossible(call);
  const categories = call.categories.map((c) => label("callCategory", c)).join("、") || "—";
  const { id } = requestReferralInTransaction(ctx, {
    residentId: call.residentId!,
    need: t("referral.hotline.need", { categories, risk: label("riskLevel", call.riskLevel) }),
    urgency: call.riskLevel === "high" || call.riskLevel === "imminent" ? "urgent" : call.riskLevel === "medium" ? "soon" : "normal",
    source: "hotline",
    sourceId: callId,
  });
  ctx.db.update(hotlineCalls).set({ appointmentId: id }).where(eq(hotlineCalls.id, callId)).run();
  auditHotline(ctx, "hotline.call_refer", "hotline_call", callId, { kind: "appointment", appointmentId: id, residentId: call.residentId });
  return { appointmentId: id };
}
