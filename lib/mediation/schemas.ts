import {
  MEDIATION_DISPUTE_TYPES,
  MEDIATION_FOLLOW_UP_METHODS,
  MEDIATION_PARTY_ROLES,
  MEDIATION_PERFORMANCE,
  MEDIATION_RISK_COLORS,
  MEDIATION_SATISFACTION,
  MEDIATION_SOURCES,
  MEDIATION_STATUSES,
} from "@/db/schema/codes";
import { t } from "../i18n/messages";
import { instantSchema, localDateSchema, z } from "../zod";

const text = (max: number) => z.string().trim().max(max, t("field.tooLong", { max }));
const requiredText = (max: number) => text(max).min(1, t("field.required"));
// A form sends "" for an empty field, a JSON client may send null or leave it out: all mean "none".
const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((v) => (v ? v : undefined))
    .optional();
const optionalDate = localDateSchema
  .or(z.literal(""))
  .nullish()
  .transform((v) => (v ? v : undefined))
  .optional();
// An emptied datetime field sends "": no end time.
const optionalInstant = instantSchema
  .or(z.literal(""))
  .nullish()
  .transform((v) => (v instanceof Date ? v : undefined))
  .optional();
const idSchema = z.number().int().positive().max(2 ** 40);

const phoneSchema = z
  .string()
  .trim()
  .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, t("field.invalidPhone"));
const optionalPhone = phoneSchema
  .or(z.literal(""))
  .nullish()
  .transform((v) => (v ? v : undefined))
  .optional();

export const MAX_PARTIES = 20;

export const partySchema = z.strictObject({
  role: z.enum(MEDIATION_PARTY_ROLES),
  // Known people link to the register (一人一档); missing details are then taken from it.
  residentId: idSchema.nullish().transform((v) => v ?? undefined).optional(),
  name: optionalText(40),
  gender: z
    .enum(["male", "female"])
    .or(z.literal(""))
    .nullish()
    .transform((v) => (v ? v : undefined))
    .optional(),
  ethnicity: optionalText(20),
  age: z.number().int().min(0).max(130).nullish().transform((v) => v ?? undefined).optional(),
  occupation: optionalText(40),
  phone: optionalPhone,
  address: optionalText(200),
});
export type PartyInput = z.output<typeof partySchema>;

/** POST /api/v1/mediation/cases and the registration form. */
export const registerCaseSchema = z
  .strictObject({
    source: z.enum(MEDIATION_SOURCES),
    disputeType: z.enum(MEDIATION_DISPUTE_TYPES),
    summary: requiredText(2000),
    requestedItems: optionalText(1000),
    riskColor: z.enum(MEDIATION_RISK_COLORS),
    riskReason: optionalText(200),
    parties: z.array(partySchema).min(2, t("mediation.error.needBothParties")).max(MAX_PARTIES, t("mediation.error.tooManyParties", { max: MAX_PARTIES })),
    // A repeated submit with the same key returns the case already registered.
    requestKey: z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,64}$/, t("field.invalid"))
      .nullish()
      .transform((v) => v ?? undefined)
      .optional(),
  })
  .superRefine((v, c) => {
    if (v.riskColor !== "green" && !v.riskReason) c.addIssue({ code: "custom", path: ["riskReason"], message: t("mediation.error.needRiskReason") });
    if (!v.parties.some((p) => p.role === "applicant") || !v.parties.some((p) => p.role === "respondent")) {
      c.addIssue({ code: "custom", path: ["parties"], message: t("mediation.error.needBothParties") });
    }
    v.parties.forEach((p, i) => {
      if (!p.residentId && !p.name) c.addIssue({ code: "custom", path: ["parties", i, "name"], message: t("field.required") });
    });
  });
export type RegisterCaseInput = z.output<typeof registerCaseSchema>;
export type RegisterCaseFormValues = z.input<typeof registerCaseSchema>;

/** POST …/{id}/assign: the first mediator leads; omit counselorId to keep the current one, null to remove. */
export const assignTeamSchema = z
  .strictObject({
    mediatorIds: z.array(idSchema).min(1, t("mediation.error.needLead")).max(6),
    counselorId: idSchema.nullable().optional(),
  })
  .superRefine((v, c) => {
    if (new Set(v.mediatorIds).size !== v.mediatorIds.length) c.addIssue({ code: "custom", path: ["mediatorIds"], message: t("mediation.error.duplicateMediator") });
  });
export type AssignTeamInput = z.output<typeof assignTeamSchema>;

/** POST …/{id}/transition */
export const transitionSchema = z.strictObject({
  to: z.enum(MEDIATION_STATUSES),
  reason: optionalText(500),
});
export type TransitionInput = z.output<typeof transitionSchema>;

/** POST …/{id}/extend: a later settlement deadline, with the reason (延期调解). */
export const extendDeadlineSchema = z.strictObject({
  deadlineOn: localDateSchema,
  reason: requiredText(500),
});
export type ExtendDeadlineInput = z.output<typeof extendDeadlineSchema>;

// A party who said nothing has no statement: empty texts (a form's untouched boxes) are dropped.
const statementsSchema = z
  .array(z.strictObject({ partyId: idSchema, text: text(4000) }))
  .max(MAX_PARTIES)
  .superRefine((xs, c) => {
    if (new Set(xs.map((x) => x.partyId)).size !== xs.length) c.addIssue({ code: "custom", message: t("mediation.error.duplicateStatement") });
  })
  .transform((xs) => xs.filter((x) => x.text !== ""));

const sessionRecordShape = {
  participants: requiredText(500),
  statements: statementsSchema,
  facts: optionalText(4000),
  outcome: optionalText(2000),
};

/** POST …/{id}/sessions: a mediation meeting; with roomId it books the room for [heldAt, endAt). */
export const recordSessionSchema = z
  .strictObject({
    heldAt: instantSchema,
    endAt: optionalInstant,
    place: optionalText(100),
    roomId: idSchema.nullish().transform((v) => v ?? undefined).optional(),
    ...sessionRecordShape,
  })
  .superRefine((v, c) => {
    if (v.endAt && v.endAt <= v.heldAt) c.addIssue({ code: "custom", path: ["endAt"], message: t("mediation.error.endBeforeStart") });
    if (v.roomId && !v.endAt) c.addIssue({ code: "custom", path: ["endAt"], message: t("mediation.error.roomNeedsEnd") });
    if (!v.roomId && !v.place) c.addIssue({ code: "custom", path: ["place"], message: t("mediation.error.needPlace") });
  });
export type RecordSessionInput = z.output<typeof recordSessionSchema>;
export type RecordSessionFormValues = z.input<typeof recordSessionSchema>;

/** PUT …/{id}/sessions/{sessionId}: the record of a meeting, filled in after it took place. */
export const updateSessionSchema = z.strictObject(sessionRecordShape);
export type UpdateSessionInput = z.output<typeof updateSessionSchema>;
export type UpdateSessionFormValues = z.input<typeof updateSessionSchema>;

/** PUT …/{id}/agreement: writes or corrects the case's one agreement. */
export const saveAgreementSchema = z
  .strictObject({
    oral: z.boolean(),
    facts: requiredText(4000),
    content: requiredText(4000),
    performanceMethod: optionalText(500),
    performanceDeadlineOn: optionalDate,
    signedOn: localDateSchema,
  })
  .superRefine((v, c) => {
    if (v.performanceDeadlineOn && v.performanceDeadlineOn < v.signedOn) {
      c.addIssue({ code: "custom", path: ["performanceDeadlineOn"], message: t("mediation.error.performanceBeforeSigning") });
    }
  });
export type SaveAgreementInput = z.output<typeof saveAgreementSchema>;
export type SaveAgreementFormValues = z.input<typeof saveAgreementSchema>;

/** POST …/{id}/follow-ups: a follow-up visit (回访). */
export const recordFollowUpSchema = z.strictObject({
  visitedAt: instantSchema,
  method: z.enum(MEDIATION_FOLLOW_UP_METHODS),
  performed: z.enum(MEDIATION_PERFORMANCE),
  satisfaction: z.enum(MEDIATION_SATISFACTION),
  situation: optionalText(2000),
  risks: optionalText(1000),
  measures: optionalText(1000),
});
export type RecordFollowUpInput = z.output<typeof recordFollowUpSchema>;
export type RecordFollowUpFormValues = z.input<typeof recordFollowUpSchema>;

/** POST …/{id}/notes: the assigned counsellor's psychological-support note. */
export const addSupportNoteSchema = z.strictObject({ text: requiredText(4000) });
export type AddSupportNoteInput = z.output<typeof addSupportNoteSchema>;

// An empty filter from a GET form ("?status=") means "any".
const anyOr = <T extends z.ZodType>(schema: T) => z.union([z.literal("").transform(() => undefined), schema]).optional();

// overdue: past its deadline; near: due within NEAR_DEADLINE_DAYS; due: either.
export const DEADLINE_FILTERS = ["overdue", "near", "due"] as const;
export type DeadlineFilter = (typeof DEADLINE_FILTERS)[number];

/** GET /api/v1/mediation/cases and the case list's filters. */
export const listCasesSchema = z.strictObject({
  q: text(40).optional(),
  status: anyOr(z.enum(MEDIATION_STATUSES)),
  disputeType: anyOr(z.enum(MEDIATION_DISPUTE_TYPES)),
  riskColor: anyOr(z.enum(MEDIATION_RISK_COLORS)),
  mediatorId: anyOr(z.coerce.number().int().positive().max(2 ** 40)),
  deadline: anyOr(z.enum(DEADLINE_FILTERS)),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  cursor: z.string().max(40).optional(),
});
export type ListCasesInput = z.output<typeof listCasesSchema>;

/** Period of the closure-rate figures: local dates, both inclusive. */
export const statsPeriodSchema = z
  .strictObject({ from: localDateSchema, to: localDateSchema })
  .refine((v) => v.from <= v.to, { path: ["to"], message: t("mediation.error.periodOrder") });
export type StatsPeriodInput = z.output<typeof statsPeriodSchema>;
