import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { careFollowUps, hotlineCallbackAttempts, hotlineCalls, mediationCases, residents, users, type CallAction, type CallbackOutcome, type CallCategory, type CallerKind, type CallStatus, type FollowUpStatus, type MediationDisputeType, type RiskLevel } from "@/db/schema";
import type { Ctx } from "../context";
import { forbidden, notFound } from "../errors";
import { auditHotline } from "./internal";
import { canEditCall, canReadCalls } from "./policy";

export interface CallbackAttemptView {
  id: number;
  at: Date;
  by: { id: number; name: string };
  outcome: CallbackOutcome;
  rescheduledTo: Date | null;
  note: string | null;
}

export interface CallDetail {
  id: number;
  status: CallStatus;
  startedAt: Date;
  endedAt: Date | null;
  operator: { id: number; name: string };
  callerKind: CallerKind | null;
  categories: CallCategory[];
  summary: string;
  riskLevel: RiskLevel | null;
  actions: CallAction[];
  followUpAt: Date | null;
  followUpDoneAt: Date | null;
  resident: { id: number; name: string } | null;
  callerPhone: string | null;
  /** What the call referred to: the records made (ids and codes only, no other area's details). */
  referrals: {
    appointmentId: number | null;
    mediationCase: { id: number; caseNo: string } | null;
    careFollowUp: { id: number; status: FollowUpStatus; dueOn: string } | null;
    note: string | null;
    disputeType: MediationDisputeType | null;
    respondent: string | null;
  };
  attempts: CallbackAttemptView[];
  createdAt: Date;
  updatedAt: Date;
  canEdit: boolean;
}

const operator = alias(users, "operator");

/**
 * One call with its summary: hotline staff and admin only, and every read is audited (ids only,
 * never the text). Another operator's draft is not found.
 */
export function readCall(ctx: Ctx, id: number): CallDetail {
  if (!canReadCalls(ctx.actor)) {
    auditHotline(ctx, "hotline.call_read", "hotline_call", id, undefined, "denied");
    throw forbidden();
  }
  const r = ctx.db
    .select({
      id: hotlineCalls.id,
      status: hotlineCalls.status,
      startedAt: hotlineCalls.startedAt,
      endedAt: hotlineCalls.endedAt,
      operatorId: operator.id,
      operatorName: operator.name,
      callerKind: hotlineCalls.callerKind,
      categories: hotlineCalls.categories,
      summary: hotlineCalls.summary,
      riskLevel: hotlineCalls.riskLevel,
      actions: hotlineCalls.actions,
      followUpAt: hotlineCalls.followUpAt,
      followUpDoneAt: hotlineCalls.followUpDoneAt,
      residentId: residents.id,
      residentName: residents.name,
      callerPhone: hotlineCalls.callerPhone,
      appointmentId: hotlineCalls.appointmentId,
      mediationCaseId: hotlineCalls.mediationCaseId,
      caseNo: mediationCases.caseNo,
      careFollowUpId: careFollowUps.id,
      careFollowUpStatus: careFollowUps.status,
      careFollowUpDue: careFollowUps.dueOn,
      referralNote: hotlineCalls.referralNote,
      referralDisputeType: hotlineCalls.referralDisputeType,
      referralRespondent: hotlineCalls.referralRespondent,
      createdAt: hotlineCalls.createdAt,
      updatedAt: hotlineCalls.updatedAt,
    })
    .from(hotlineCalls)
    .innerJoin(operator, eq(operator.id, hotlineCalls.operatorId))
    .leftJoin(residents, eq(residents.id, hotlineCalls.residentId))
    .leftJoin(mediationCases, eq(mediationCases.id, hotlineCalls.mediationCaseId))
    .leftJoin(careFollowUps, eq(careFollowUps.id, hotlineCalls.careFollowUpId))
    .where(eq(hotlineCalls.id, id))
    .get();
  if (!r || (r.status === "draft" && r.operatorId !== ctx.actor.userId)) throw notFound();
  const attempts = ctx.db
    .select({
      id: hotlineCallbackAttempts.id,
      at: hotlineCallbackAttempts.at,
      byId: users.id,
      byName: users.name,
      outcome: hotlineCallbackAttempts.outcome,
      rescheduledTo: hotlineCallbackAttempts.rescheduledTo,
      note: hotlineCallbackAttempts.note,
    })
    .from(hotlineCallbackAttempts)
    .innerJoin(users, eq(users.id, hotlineCallbackAttempts.byUserId))
    .where(eq(hotlineCallbackAttempts.callId, id))
    .orderBy(asc(hotlineCallbackAttempts.at), asc(hotlineCallbackAttempts.id))
    .all()
    .map(({ byId, byName, ...a }) => ({ ...a, by: { id: byId, name: byName } }));
  auditHotline(ctx, "hotline.call_read", "hotline_call", id);
  return {
    id: r.id,
    status: r.status,
    startedAt: r.startedAt,
    endedAt: r.endedAt,
    operator: { id: r.operatorId, name: r.operatorName },
    callerKind: r.callerKind,
    categories: r.categories,
    summary: r.summary,
    riskLevel: r.riskLevel,
    actions: r.actions,
    followUpAt: r.followUpAt,
    followUpDoneAt: r.followUpDoneAt,
    resident: r.residentId != null && r.residentName != null ? { id: r.residentId, name: r.residentName } : null,
    callerPhone: r.callerPhone,
    referrals: {
      appointmentId: r.appointmentId,
      mediationCase: r.mediationCaseId != null && r.caseNo != null ? { id: r.mediationCaseId, caseNo: r.caseNo } : null,
      careFollowUp: r.careFollowUpId != null && r.careFollowUpStatus != null && r.careFollowUpDue != null ? { id: r.careFollowUpId, status: r.careFollowUpStatus, dueOn: r.careFollowUpDue } : null,
      note: r.referralNote,
      disputeType: r.referralDisputeType,
      respondent: r.referralRespondent,
    },
    attempts,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    canEdit: canEditCall(ctx.actor, { operatorId: r.operatorId }),
  };
}
