import { CALL_ACTIONS, CALL_CATEGORIES, CALLBACK_OUTCOMES, CALLER_KINDS, MEDIATION_DISPUTE_TYPES, RISK_LEVELS } from "@/db/schema/codes";
import { t } from "../i18n/messages";
import { instantSchema, localDateSchema, z } from "../zod";
import { callRuleErrors } from "./policy";

const MAX_SUMMARY = 4000;

const unique = <T>(xs: T[]) => [...new Set(xs)];

/** Digits only ("138-3930 0011" → "13839300011"); 5–20 digits. */
export const callerPhoneSchema = z
  .string()
  .max(30)
  .transform((v) => v.replace(/[\s\-()]/g, ""))
  .refine((v) => /^\+?\d{5,20}$/.test(v), t("hotline.error.invalidPhone"))
  .transform((v) => v.replace(/^\+/, ""));

// JSON clients send null for "none": both null and absent mean absent.
const nullish = <S extends z.ZodType>(s: S) => s.nullish().transform((v) => v ?? undefined);

const MAX_REFERRAL_NOTE = 1000;
const MAX_RESPONDENT = 50;
/** Free text that may be left empty: trimmed, and empty means absent. */
const optionalText = (max: number) =>
  nullish(z.string().trim().max(max, t("field.tooLong", { max }))).transform((v) => (v ? v : undefined));

const clientKeySchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, t("field.invalid"));
const idSchema = z.number().int().positive().max(2 ** 40);
const categoriesSchema = z.array(z.enum(CALL_CATEGORIES)).max(CALL_CATEGORIES.length).transform(unique);
const actionsSchema = z.array(z.enum(CALL_ACTIONS)).max(CALL_ACTIONS.length).transform(unique);

const callShape = {
  startedAt: instantSchema,
  endedAt: nullish(instantSchema),
  callerKind: z.enum(CALLER_KINDS),
  categories: categoriesSchema,
  summary: z.string().trim().max(MAX_SUMMARY, t("field.tooLong", { max: MAX_SUMMARY })),
  riskLevel: z.enum(RISK_LEVELS),
  actions: nullish(actionsSchema),
  followUpAt: nullish(instantSchema),
  residentId: nullish(idSchema),
  // A form's empty phone box means no number.
  callerPhone: nullish(z.union([z.literal("").transform(() => undefined), callerPhoneSchema])),
  // A referral to mediation or care: the operator's words for the next service (not the summary),
  // and for mediation the dispute's type and the other party. An emptied box means none.
  referralNote: optionalText(MAX_REFERRAL_NOTE),
  referralDisputeType: nullish(z.union([z.literal("").transform(() => undefined), z.enum(MEDIATION_DISPUTE_TYPES)])),
  referralRespondent: optionalText(MAX_RESPONDENT),
};

function withCallRules<S extends z.ZodType<Parameters<typeof callRuleErrors>[0]>>(schema: S) {
  return schema.superRefine((v, c) => {
    for (const [path, messages] of Object.entries(callRuleErrors(v))) {
      for (const message of messages) c.addIssue({ code: "custom", path: [path], message });
    }
  });
}

/**
 * POST /api/v1/hotline/calls and the fast call form. High and imminent risk need actions and a
 * call-back time (policy.callRuleErrors). A clientKey finalises the draft autosaved under it and
 * makes a repeated submit return the same call.
 */
export const createCallSchema = withCallRules(z.strictObject({ ...callShape, clientKey: nullish(clientKeySchema) }));
export type CreateCallInput = z.output<typeof createCallSchema>;
export type CreateCallFormValues = z.input<typeof createCallSchema>;

/** Editing a saved call: every field of the call again (a full replacement). */
export const updateCallSchema = withCallRules(z.strictObject(callShape));
export type UpdateCallInput = z.output<typeof updateCallSchema>;

/** An autosave of the call form: nothing is required yet but the key and the start. */
export const saveCallDraftSchema = z.strictObject({
  clientKey: clientKeySchema,
  startedAt: instantSchema,
  endedAt: nullish(instantSchema),
  callerKind: nullish(z.enum(CALLER_KINDS)),
  categories: categoriesSchema.optional(),
  summary: z.string().max(MAX_SUMMARY, t("field.tooLong", { max: MAX_SUMMARY })).optional(),
  riskLevel: nullish(z.enum(RISK_LEVELS)),
  actions: actionsSchema.optional(),
  followUpAt: nullish(instantSchema),
  residentId: nullish(idSchema),
  // A half-typed number is kept as typed (digits only) in a draft.
  callerPhone: nullish(z.string().max(30).transform((v) => v.replace(/\D/g, "").slice(0, 20))),
  referralNote: z.string().max(MAX_REFERRAL_NOTE, t("field.tooLong", { max: MAX_REFERRAL_NOTE })).optional(),
  referralDisputeType: nullish(z.union([z.literal("").transform(() => undefined), z.enum(MEDIATION_DISPUTE_TYPES)])),
  referralRespondent: z.string().max(MAX_RESPONDENT, t("field.tooLong", { max: MAX_RESPONDENT })).optional(),
});
export type SaveCallDraftInput = z.output<typeof saveCallDraftSchema>;

export const linkResidentSchema = z.strictObject({ residentId: z.union([idSchema, z.null()]) });
export type LinkResidentInput = z.output<typeof linkResidentSchema>;

const callbackShape = {
  outcome: z.enum(CALLBACK_OUTCOMES),
  note: z.string().trim().max(1000, t("field.tooLong", { max: 1000 })).optional(),
  rescheduledTo: nullish(instantSchema),
};
function callbackRules(v: { outcome: string; rescheduledTo?: Date }, c: z.RefinementCtx) {
  if (v.outcome === "rescheduled" && !v.rescheduledTo) c.addIssue({ code: "custom", path: ["rescheduledTo"], message: t("hotline.error.rescheduleNeedsTime") });
}

export const recordCallbackSchema = z.strictObject(callbackShape).superRefine(callbackRules);
export type RecordCallbackInput = z.output<typeof recordCallbackSchema>;

const shiftShape = {
  startAt: instantSchema,
  endAt: instantSchema,
  staffIds: z.array(idSchema).max(6).transform(unique),
  notes: z.string().trim().max(500, t("field.tooLong", { max: 500 })).optional(),
};
function shiftRules(v: { startAt: Date; endAt: Date }, c: z.RefinementCtx) {
  if (v.endAt <= v.startAt) c.addIssue({ code: "custom", path: ["endAt"], message: t("hotline.error.endBeforeStart") });
  else if (v.endAt.getTime() - v.startAt.getTime() > 24 * 3600_000) c.addIssue({ code: "custom", path: ["endAt"], message: t("hotline.error.shiftTooLong") });
}

export const shiftSchema = z.strictObject(shiftShape).superRefine(shiftRules);
export type ShiftInput = z.output<typeof shiftSchema>;

/** Copies the week before `week` (any date inside the target week) into the target week. */
export const copyWeekSchema = z.strictObject({ week: localDateSchema });
export type CopyWeekInput = z.output<typeof copyWeekSchema>;

export const handoverNoteSchema = z.strictObject({
  text: z.string().trim().min(1, t("field.required")).max(2000, t("field.tooLong", { max: 2000 })),
});
export type HandoverNoteInput = z.output<typeof handoverNoteSchema>;

const limitSchema = z.coerce.number().int().min(1).max(200).default(50);
const cursorSchema = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, t("hotline.error.invalidCursor")).optional();

function rangeRefine(v: { from?: string; to?: string }, c: z.RefinementCtx) {
  if (!!v.from !== !!v.to) c.addIssue({ code: "custom", path: [v.from ? "to" : "from"], message: t("hotline.error.rangeIncomplete") });
  if (v.from && v.to) {
    const days = (Date.parse(v.to) - Date.parse(v.from)) / 86_400_000;
    if (days < 0) c.addIssue({ code: "custom", path: ["to"], message: t("hotline.error.endBeforeStart") });
    else if (days > 92) c.addIssue({ code: "custom", path: ["to"], message: t("hotline.error.rangeTooLong") });
  }
}

/** ?from&to local dates (both inclusive) of GET /api/v1/hotline/shifts; default two weeks from today. */
export const listShiftsSchema = z
  .strictObject({ from: localDateSchema.optional(), to: localDateSchema.optional(), limit: z.coerce.number().int().min(1).max(200).default(200), cursor: cursorSchema })
  .superRefine(rangeRefine);
export type ListShiftsInput = z.output<typeof listShiftsSchema>;

const flag = z.enum(["1", "0", "true", "false"]).transform((v) => v === "1" || v === "true");

export const listCallsSchema = z
  .strictObject({
    from: localDateSchema.optional(),
    to: localDateSchema.optional(),
    category: z.enum(CALL_CATEGORIES).optional(),
    risk: z.enum(RISK_LEVELS).optional(),
    operatorId: z.coerce.number().int().positive().max(2 ** 40).optional(),
    repeat: flag.optional(),
    q: z.string().trim().max(40).optional(),
    limit: limitSchema,
    cursor: cursorSchema,
  })
  .superRefine(rangeRefine);
export type ListCallsInput = z.output<typeof listCallsSchema>;

/** GET /api/v1/hotline/follow-ups: open call-backs due before the local date `before` (default: tomorrow). */
export const listFollowUpsSchema = z.strictObject({ before: localDateSchema.optional(), limit: limitSchema, cursor: cursorSchema });
export type ListFollowUpsInput = z.output<typeof listFollowUpsSchema>;

export const searchResidentsSchema = z.strictObject({ q: z.string().trim().min(1, t("field.required")).max(40) });
export type SearchResidentsInput = z.output<typeof searchResidentsSchema>;

// The server actions' inputs: the same rules as the API bodies, plus the record's id (the API has
// it in the path).
const withId = { id: idSchema };
export const updateCallWithIdSchema = withCallRules(z.strictObject({ ...callShape, ...withId }));
export const recordCallbackWithIdSchema = z.strictObject({ ...callbackShape, ...withId }).superRefine(callbackRules);
export const shiftWithIdSchema = z.strictObject({ ...shiftShape, ...withId }).superRefine(shiftRules);
export const linkResidentWithIdSchema = linkResidentSchema.extend(withId);
export const handoverNoteWithShiftSchema = handoverNoteSchema.extend({ shiftId: idSchema });
export const idOnlySchema = z.strictObject(withId);
