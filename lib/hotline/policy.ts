import type { CallAction, CallCategory, CallerKind, MediationDisputeType, RiskLevel } from "@/db/schema";
import { hasRole, isStaff, type Actor } from "../auth/actor";
import type { FieldErrors } from "../errors";
import { t } from "../i18n/messages";

/** Call records, summaries included, are for hotline staff and admin only. */
export function canReadCalls(actor: Actor): boolean {
  return hasRole(actor, "hotline", "admin");
}

/** Only the people who answer the phone log calls. */
export function canLogCalls(actor: Actor): boolean {
  return hasRole(actor, "hotline");
}

/** A call is changed by the operator who took it, or by an admin. */
export function canEditCall(actor: Actor, call: { operatorId: number }): boolean {
  return hasRole(actor, "admin") || (hasRole(actor, "hotline") && call.operatorId === actor.userId);
}

/** Any staff member may see who is on duty (to hand a caller over); only admin builds the roster. */
export function canViewRoster(actor: Actor): boolean {
  return isStaff(actor);
}

export function canManageRoster(actor: Actor): boolean {
  return hasRole(actor, "admin");
}

export function needsFollowUp(level: RiskLevel | null | undefined): boolean {
  return level === "high" || level === "imminent";
}

/** Sort weight of a call-back: imminent first, then high, then everything else. */
export function urgencyOf(level: RiskLevel | null): number {
  return level === "imminent" ? 0 : level === "high" ? 1 : 2;
}

// Calls where nobody spoke need neither a summary nor a category.
const NO_CONVERSATION: readonly CallerKind[] = ["silent", "hangup"];
const NO_CATEGORY: readonly CallerKind[] = ["silent", "hangup", "harassment"];

const DAY = 86_400_000;

/**
 * The rules of a complete call record, as field errors: the same function runs in the zod schema
 * (form and API) and again in the use case.
 */
export function callRuleErrors(v: {
  startedAt: Date;
  endedAt?: Date;
  callerKind: CallerKind;
  categories: CallCategory[];
  summary: string;
  riskLevel: RiskLevel;
  actions?: CallAction[];
  followUpAt?: Date;
  referralNote?: string;
  referralDisputeType?: MediationDisputeType;
  referralRespondent?: string;
}): FieldErrors {
  const out: FieldErrors = {};
  const add = (k: string, m: string) => (out[k] ??= []).push(m);
  if (v.endedAt) {
    if (v.endedAt < v.startedAt) add("endedAt", t("hotline.error.endBeforeStart"));
    else if (v.endedAt.getTime() - v.startedAt.getTime() > DAY) add("endedAt", t("hotline.error.tooLong"));
  }
  if (!NO_CATEGORY.includes(v.callerKind) && v.categories.length === 0) add("categories", t("hotline.error.needCategory"));
  if (!NO_CONVERSATION.includes(v.callerKind) && v.summary.trim() === "") add("summary", t("hotline.error.needSummary"));
  if (needsFollowUp(v.riskLevel)) {
    if (!v.actions || v.actions.length === 0) add("actions", t("hotline.error.needActions"));
    if (!v.followUpAt) add("followUpAt", t("hotline.error.needFollowUp"));
  }
  for (const [path, messages] of Object.entries(mediationReferralErrors(v))) for (const m of messages) add(path, m);
  if (v.followUpAt) {
    if (v.followUpAt <= v.startedAt) add("followUpAt", t("hotline.error.followUpBeforeStart"));
    else if (v.followUpAt.getTime() - v.startedAt.getTime() > 90 * DAY) add("followUpAt", t("hotline.error.followUpTooFar"));
  }
  return out;
}

/** A referral to mediation registers a case: it needs the dispute, its type and the other party. */
export function mediationReferralErrors(v: { actions?: CallAction[]; referralNote?: string; referralDisputeType?: MediationDisputeType; referralRespondent?: string }): FieldErrors {
  const out: FieldErrors = {};
  if (!(v.actions ?? []).includes("referred_mediation")) return out;
  if (!v.referralDisputeType) out.referralDisputeType = [t("referral.error.needDisputeType")];
  if (!v.referralRespondent) out.referralRespondent = [t("referral.error.needRespondent")];
  if (!v.referralNote) out.referralNote = [t("referral.error.needNote")];
  return out;
}

/**
 * Every rule of a call's referrals (the use case's check): a referral creates a record for a named
 * person, so an anonymous caller cannot be referred — the call must be linked to a resident, which
 * the schema cannot know about yet when the form is filled in the other order — plus the mediation
 * fields above.
 */
export function referralRuleErrors(v: {
  actions?: CallAction[];
  residentId?: number | null;
  referralNote?: string;
  referralDisputeType?: MediationDisputeType;
  referralRespondent?: string;
}): FieldErrors {
  const out: FieldErrors = {};
  const actions = v.actions ?? [];
  if (v.residentId == null) {
    if (actions.includes("referred_appointment")) out.residentId = [t("referral.error.callNeedsResident")];
    else if (actions.includes("referred_mediation") || actions.includes("referred_care")) out.residentId = [t("referral.error.callNeedsResidentAny")];
  }
  return { ...out, ...mediationReferralErrors(v) };
}

/** "13839300011" → "138****0011": how a caller's number shows outside the audited detail. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return null;
  if (phone.length <= 4) return "*".repeat(phone.length);
  if (phone.length <= 7) return `${"*".repeat(phone.length - 4)}${phone.slice(-4)}`;
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

export type RosterWarning =
  | { shiftId: number; code: "understaffed"; count: number }
  | { shiftId: number; code: "overlap"; userId: number; userName: string; otherShiftId: number };

/**
 * What the roster page and the roster use cases warn about (never refuse): a shift with fewer than
 * two people, and one person on two overlapping shifts.
 */
export function rosterWarnings(shifts: readonly { id: number; startAt: Date; endAt: Date; staff: readonly { id: number; name: string }[] }[]): RosterWarning[] {
  const out: RosterWarning[] = [];
  for (const s of shifts) {
    if (s.staff.length < 2) out.push({ shiftId: s.id, code: "understaffed", count: s.staff.length });
    for (const o of shifts) {
      if (o.id === s.id || !(o.startAt < s.endAt && o.endAt > s.startAt)) continue;
      for (const p of s.staff) {
        if (o.staff.some((q) => q.id === p.id)) out.push({ shiftId: s.id, code: "overlap", userId: p.id, userName: p.name, otherShiftId: o.id });
      }
    }
  }
  return out;
}
