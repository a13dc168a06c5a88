import { CALL_ACTIONS, CALL_CATEGORIES, CALLBACK_OUTCOMES, CALLER_KINDS, CALL_STATUSES, FOLLOW_UP_STATUSES, MEDIATION_DISPUTE_TYPES, RISK_LEVELS } from "@/db/schema";
import { toIsoLocal } from "../time";
import { z } from "../zod";
import type { CallResult } from "./create-call";
import type { RosterWarning } from "./policy";
import type { CallListItem, FollowUpItem, HandoverNoteView, ShiftWithStaff } from "./queries";
import type { CallDetail } from "./read-call";

/** JSON shapes of the hotline API (times as ISO with +08:00), and the mappers that build them. */
const time = z.string().meta({ description: "ISO 8601 with +08:00" });
const person = z.object({ id: z.number().int(), name: z.string() });
const iso = (d: Date) => toIsoLocal(d);
const isoOrNull = (d: Date | null) => (d ? toIsoLocal(d) : null);

export const shiftJsonSchema = z.object({ id: z.number().int(), startAt: time, endAt: time, notes: z.string().nullable(), staff: z.array(person) });
export const shiftListSchema = z.object({ items: z.array(shiftJsonSchema), nextCursor: z.string().nullable() });
export const rosterWarningSchema = z.object({
  shiftId: z.number().int(),
  code: z.enum(["understaffed", "overlap"]),
  count: z.number().int().optional(),
  userId: z.number().int().optional(),
  userName: z.string().optional(),
  otherShiftId: z.number().int().optional(),
});
export const shiftWriteResultSchema = z.object({ id: z.number().int(), warnings: z.array(rosterWarningSchema) });
export const copyWeekResultSchema = z.object({ created: z.number().int(), skipped: z.number().int(), warnings: z.array(rosterWarningSchema) });

export function shiftJson(s: ShiftWithStaff) {
  return { id: s.id, startAt: iso(s.startAt), endAt: iso(s.endAt), notes: s.notes, staff: s.staff };
}

export const warningJson = (w: RosterWarning) => w;

export const handoverNoteJsonSchema = z.object({ id: z.number().int(), shiftId: z.number().int(), text: z.string(), createdAt: time, author: person });
export const handoverNoteJson = (n: HandoverNoteView) => ({ ...n, createdAt: iso(n.createdAt) });

export const callCreatedSchema = z.object({
  id: z.number().int(),
  status: z.literal("saved"),
  startedAt: time,
  endedAt: time.nullable(),
  callerKind: z.enum(CALLER_KINDS),
  categories: z.array(z.enum(CALL_CATEGORIES)),
  riskLevel: z.enum(RISK_LEVELS),
  actions: z.array(z.enum(CALL_ACTIONS)),
  followUpAt: time.nullable(),
  residentId: z.number().int().nullable(),
  appointmentId: z.number().int().nullable().meta({ description: "actions 含 referred_appointment 时同一事务中生成的咨询预约申请（来源 hotline）" }),
  mediationCaseId: z.number().int().nullable().meta({ description: "actions 含 referred_mediation 时同一事务中登记的调解案件（申请人为关联居民）" }),
  careFollowUpId: z.number().int().nullable().meta({ description: "actions 含 referred_care 时同一事务中发给关爱专员的随访请求" }),
});

export function callCreatedJson(c: CallResult) {
  return { ...c, startedAt: iso(c.startedAt), endedAt: isoOrNull(c.endedAt), followUpAt: isoOrNull(c.followUpAt) };
}

export const callListItemSchema = z.object({
  id: z.number().int(),
  startedAt: time,
  endedAt: time.nullable(),
  operator: person,
  callerKind: z.enum(CALLER_KINDS).nullable(),
  categories: z.array(z.enum(CALL_CATEGORIES)),
  riskLevel: z.enum(RISK_LEVELS).nullable(),
  resident: person.nullable(),
  maskedPhone: z.string().nullable().meta({ description: "来电号码（打码），如 138****0011" }),
  followUpAt: time.nullable(),
  followUpDoneAt: time.nullable(),
  repeatCaller: z.boolean().meta({ description: "同一居民或号码 30 天内多次来电" }),
});
export const callListSchema = z.object({ items: z.array(callListItemSchema), nextCursor: z.string().nullable() });

export function callListItemJson(c: CallListItem) {
  return { ...c, startedAt: iso(c.startedAt), endedAt: isoOrNull(c.endedAt), followUpAt: isoOrNull(c.followUpAt), followUpDoneAt: isoOrNull(c.followUpDoneAt) };
}

export const callbackAttemptSchema = z.object({
  id: z.number().int(),
  at: time,
  by: person,
  outcome: z.enum(CALLBACK_OUTCOMES),
  rescheduledTo: time.nullable(),
  note: z.string().nullable(),
});

export const callDetailSchema = z.object({
  id: z.number().int(),
  status: z.enum(CALL_STATUSES),
  startedAt: time,
  endedAt: time.nullable(),
  operator: person,
  callerKind: z.enum(CALLER_KINDS).nullable(),
  categories: z.array(z.enum(CALL_CATEGORIES)),
  summary: z.string().meta({ description: "敏感信息：仅热线值守员与管理员可读，每次读取记入审计" }),
  riskLevel: z.enum(RISK_LEVELS).nullable(),
  actions: z.array(z.enum(CALL_ACTIONS)),
  followUpAt: time.nullable(),
  followUpDoneAt: time.nullable(),
  resident: person.nullable(),
  callerPhone: z.string().nullable(),
  referrals: z.object({
    appointmentId: z.number().int().nullable(),
    mediationCase: z.object({ id: z.number().int(), caseNo: z.string() }).nullable().meta({ description: "actions 含 referred_mediation 时登记的调解案件（待受理）" }),
    careFollowUp: z
      .object({ id: z.number().int(), status: z.enum(FOLLOW_UP_STATUSES), dueOn: z.string() })
      .nullable()
      .meta({ description: "actions 含 referred_care 时发给关爱专员的随访请求；dueOn 为建议走访日期（本地日期）" }),
    note: z.string().nullable(),
    disputeType: z.enum(MEDIATION_DISPUTE_TYPES).nullable(),
    respondent: z.string().nullable(),
  }),
  callbacks: z.array(callbackAttemptSchema),
  createdAt: time,
  updatedAt: time,
});

export function callDetailJson(c: CallDetail) {
  const { attempts, canEdit: _canEdit, ...rest } = c;
  return {
    ...rest,
    startedAt: iso(c.startedAt),
    endedAt: isoOrNull(c.endedAt),
    followUpAt: isoOrNull(c.followUpAt),
    followUpDoneAt: isoOrNull(c.followUpDoneAt),
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
    callbacks: attempts.map((a) => ({ ...a, at: iso(a.at), rescheduledTo: isoOrNull(a.rescheduledTo) })),
  };
}

export const followUpItemSchema = z.object({
  callId: z.number().int(),
  followUpAt: time,
  overdue: z.boolean(),
  riskLevel: z.enum(RISK_LEVELS).nullable(),
  callerKind: z.enum(CALLER_KINDS).nullable(),
  categories: z.array(z.enum(CALL_CATEGORIES)),
  startedAt: time,
  operator: person,
  resident: person.nullable(),
  maskedPhone: z.string().nullable(),
  attempts: z.number().int(),
  lastOutcome: z.enum(CALLBACK_OUTCOMES).nullable(),
});
export const followUpListSchema = z.object({ items: z.array(followUpItemSchema), nextCursor: z.string().nullable() });

export function followUpJson(f: FollowUpItem) {
  return { ...f, followUpAt: iso(f.followUpAt), startedAt: iso(f.startedAt) };
}

export const callbackResultSchema = z.object({
  id: z.number().int(),
  callId: z.number().int(),
  outcome: z.enum(CALLBACK_OUTCOMES),
  followUpAt: time.nullable(),
  followUpDoneAt: time.nullable(),
});

export function callbackResultJson(r: { id: number; callId: number; outcome: (typeof CALLBACK_OUTCOMES)[number]; followUpAt: Date | null; followUpDoneAt: Date | null }) {
  return { ...r, followUpAt: isoOrNull(r.followUpAt), followUpDoneAt: isoOrNull(r.followUpDoneAt) };
}

export const residentMatchSchema = z.object({
  items: z.array(z.object({ id: z.number().int(), name: z.string(), birthYear: z.number().int().nullable(), community: z.string().nullable(), maskedPhone: z.string().nullable() })),
});
