import { CARE_GROUPS, CARE_STATUSES, LEFT_BEHIND_KINDS, LEGAL_BASES, MEDIATION_DISPUTE_TYPES, REFERRAL_KINDS, RISK_COLORS, VISIT_KINDS, type CareGroup } from "@/db/schema/codes";
import { t } from "../i18n/messages";
import { parseLocalDate } from "../time";
import { instantSchema, localDateSchema, z } from "../zod";

const unique = <T>(xs: T[]) => [...new Set(xs)];
const tooLong = (max: number) => t("field.tooLong", { max });

export const idSchema = z.number().int().positive().max(2 ** 40);

/** Optional free text: trimmed; "" (an emptied form field) means absent. */
const optText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, tooLong(max))
    .optional()
    .transform((v) => (v ? v : undefined));

const reqText = (max: number) => z.string().trim().min(1, t("field.required")).max(max, tooLong(max));

const optDate = z
  .union([z.literal("").transform(() => undefined), localDateSchema])
  .optional()
  .transform((v) => v || undefined);

export const phoneSchema = z
  .string()
  .trim()
  .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, t("field.invalidPhone"));
const optPhone = z
  .union([z.literal("").transform(() => undefined), phoneSchema])
  .optional()
  .transform((v) => v || undefined);

const clientKeySchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, t("field.invalid"));

// --- group-specific details --------------------------------------------------------------------

export const correctionsDetailsSchema = z
  .strictObject({ termStart: optDate, termEnd: optDate, supervisingOffice: optText(60), notes: optText(1000) })
  .superRefine((v, c) => {
    if (v.termStart && v.termEnd && v.termEnd < v.termStart) c.addIssue({ code: "custom", path: ["termEnd"], message: t("care.error.termEndBeforeStart") });
  });

export const bereavedDetailsSchema = z.strictObject({
  familySituation: optText(1000),
  lossYear: z.number().int().min(1950, t("care.error.invalidYear")).max(2100, t("care.error.invalidYear")).optional(),
  notes: optText(1000),
});

export const petitionerDetailsSchema = z.strictObject({ matter: optText(1000), since: optDate, responsibleUnit: optText(60), notes: optText(1000) });

export const leftBehindDetailsSchema = z.strictObject({ contactName: optText(40), contactRelation: optText(20), contactPhone: optPhone, notes: optText(1000) });

export const DETAILS_SCHEMAS = {
  corrections: correctionsDetailsSchema,
  bereaved: bereavedDetailsSchema,
  petitioner: petitionerDetailsSchema,
  left_behind: leftBehindDetailsSchema,
} as const;

export type CorrectionsDetailsInput = z.output<typeof correctionsDetailsSchema>;
export type BereavedDetailsInput = z.output<typeof bereavedDetailsSchema>;
export type PetitionerDetailsInput = z.output<typeof petitionerDetailsSchema>;
export type LeftBehindDetailsInput = z.output<typeof leftBehindDetailsSchema>;
export type DetailsInput = CorrectionsDetailsInput | BereavedDetailsInput | PetitionerDetailsInput | LeftBehindDetailsInput;

const detailsInputSchema = z.record(z.string(), z.unknown()).meta({
  description:
    "随人群类别不同：corrections {termStart, termEnd, supervisingOffice, notes}；bereaved {familySituation, lossYear, notes}；" +
    "petitioner {matter, since, responsibleUnit, notes}；left_behind {contactName, contactRelation, contactPhone, notes}。日期为 YYYY-MM-DD。",
});

interface GroupShape {
  group: CareGroup;
  leftBehindKind?: (typeof LEFT_BEHIND_KINDS)[number];
  details?: Record<string, unknown>;
  legalBasis?: (typeof LEGAL_BASES)[number];
}

/** The group's own rules: its details shape, the left-behind subtype, and the basis it is processed on. */
function checkGroup(v: GroupShape, c: z.RefinementCtx) {
  const r = DETAILS_SCHEMAS[v.group].safeParse(v.details ?? {});
  if (!r.success) {
    for (const issue of r.error.issues) {
      const keys = issue.code === "unrecognized_keys" ? issue.keys : [null];
      for (const k of keys) {
        c.addIssue({ code: "custom", path: ["details", ...issue.path.map(String), ...(k ? [k] : [])], message: k ? t("error.unknownField", { field: k }) : issue.message });
      }
    }
  }
  if (v.group === "left_behind" && !v.leftBehindKind) c.addIssue({ code: "custom", path: ["leftBehindKind"], message: t("care.error.needLeftBehindKind") });
  if (v.group !== "left_behind" && v.leftBehindKind) c.addIssue({ code: "custom", path: ["leftBehindKind"], message: t("care.error.leftBehindKindOnlyForLeftBehind") });
  if (v.legalBasis && v.legalBasis !== basisFor(v.group)) {
    c.addIssue({ code: "custom", path: ["legalBasis"], message: t(v.group === "corrections" ? "care.error.correctionsNeedsLegalDuty" : "care.error.needsConsent") });
  }
}

/** Corrections work rests on the legal duty; every other group on the person's separate consent. */
export function basisFor(group: CareGroup): (typeof LEGAL_BASES)[number] {
  return group === "corrections" ? "legal_duty" : "consent";
}

function parsedDetails(group: CareGroup, details: Record<string, unknown> | undefined): DetailsInput {
  return DETAILS_SCHEMAS[group].parse(details ?? {});
}

const groupFields = {
  group: z.enum(CARE_GROUPS),
  leftBehindKind: z.enum(LEFT_BEHIND_KINDS).optional(),
  details: detailsInputSchema.optional(),
  legalBasis: z.enum(LEGAL_BASES).optional().meta({ description: "省略时按人群类别：corrections → legal_duty，其余 → consent（表示已取得本人或监护人的单独同意）" }),
  consentNote: optText(200),
};

// --- registering -------------------------------------------------------------------------------

/** A resident created inline when the person is not yet in the register (API.md). */
export const inlinePersonSchema = z.strictObject({
  name: reqText(40),
  gender: z.enum(["male", "female"], t("care.error.chooseGender")),
  birthYear: z.number().int().min(1900, t("care.error.invalidYear")).max(2100, t("care.error.invalidYear")).optional(),
  phone: optPhone,
  address: optText(200),
});

/**
 * POST /api/v1/care/persons and the registration form: `residentId` or `person`, one group with its
 * details, the starting colour. A carer who registers someone becomes their carer; an admin may name
 * the carers.
 */
export const registerPersonSchema = z
  .strictObject({
    residentId: idSchema.optional(),
    person: inlinePersonSchema.optional(),
    ...groupFields,
    riskColor: z.enum(RISK_COLORS),
    carerIds: z.array(idSchema).max(10).transform(unique).optional(),
  })
  .superRefine((v, c) => {
    if (!v.residentId === !v.person) c.addIssue({ code: "custom", path: ["residentId"], message: t("care.error.residentOrPerson") });
    checkGroup(v, c);
  })
  .transform((v) => ({ ...v, details: parsedDetails(v.group, v.details), legalBasis: basisFor(v.group) }));
export type RegisterPersonInput = z.output<typeof registerPersonSchema>;
export type RegisterPersonValues = z.input<typeof registerPersonSchema>;

/** POST /api/v1/care/persons/{id}/groups: the person joins another group. */
export const addGroupSchema = z
  .strictObject(groupFields)
  .superRefine(checkGroup)
  .transform((v) => ({ ...v, details: parsedDetails(v.group, v.details), legalBasis: basisFor(v.group) }));
export type AddGroupInput = z.output<typeof addGroupSchema>;

/** PATCH /api/v1/care/persons/{id}/groups/{group}: the group's details (a full replacement). */
export const updateDetailsSchema = z
  .strictObject({ group: z.enum(CARE_GROUPS), leftBehindKind: z.enum(LEFT_BEHIND_KINDS).optional(), details: detailsInputSchema })
  .superRefine(checkGroup)
  .transform((v) => ({ ...v, details: parsedDetails(v.group, v.details) }));
export type UpdateDetailsInput = z.output<typeof updateDetailsSchema>;
export type UpdateDetailsValues = z.input<typeof updateDetailsSchema>;

export const endGroupSchema = z.strictObject({ group: z.enum(CARE_GROUPS), reason: reqText(500) });
export type EndGroupInput = z.output<typeof endGroupSchema>;

// --- colour, carers, exit ----------------------------------------------------------------------

export const changeRiskColorSchema = z.strictObject({ riskColor: z.enum(RISK_COLORS), reason: reqText(500) });
export type ChangeRiskColorInput = z.output<typeof changeRiskColorSchema>;

export const assignCarersSchema = z.strictObject({
  carerIds: z.array(idSchema).min(1, t("care.error.needCarer")).max(10).transform(unique),
});
export type AssignCarersInput = z.output<typeof assignCarersSchema>;

export const exitPersonSchema = z.strictObject({ reason: reqText(500), exitedOn: localDateSchema });
export type ExitPersonInput = z.output<typeof exitPersonSchema>;

// --- visits ------------------------------------------------------------------------------------

export const MAX_OBSERVATION = 2000;

export const observationsSchema = z.strictObject({
  family: optText(MAX_OBSERVATION),
  health: optText(MAX_OBSERVATION),
  economic: optText(MAX_OBSERVATION),
  mental: optText(MAX_OBSERVATION),
});

/**
 * POST /api/v1/care/persons/{id}/visits and the visit form. `riskColor` is the colour after the
 * visit; a clientKey (made when the form opens) makes a repeated submit return the same visit.
 */
export const recordVisitSchema = z
  .strictObject({
    visitedAt: instantSchema,
    kind: z.enum(VISIT_KINDS),
    observations: observationsSchema,
    needs: optText(MAX_OBSERVATION),
    measures: optText(MAX_OBSERVATION),
    riskColor: z.enum(RISK_COLORS).optional(),
    colorReason: optText(500),
    visitorIds: z.array(idSchema).max(10).transform(unique).optional(),
    referral: z.enum(REFERRAL_KINDS).optional(),
    referralNote: optText(500),
    // A referral to mediation registers a case: the dispute's type and the other party are needed.
    referralDisputeType: z
      .union([z.literal("").transform(() => undefined), z.enum(MEDIATION_DISPUTE_TYPES)])
      .optional()
      .transform((v) => v || undefined),
    referralRespondent: optText(40),
    clientKey: clientKeySchema.optional(),
  })
  .superRefine((v, c) => {
    const o = v.observations;
    if (!o.family && !o.health && !o.economic && !o.mental) c.addIssue({ code: "custom", path: ["observations"], message: t("care.error.needObservation") });
    if (v.referralNote && !v.referral) c.addIssue({ code: "custom", path: ["referral"], message: t("care.error.referralNoteWithoutKind") });
    for (const [path, message] of Object.entries(mediationReferralErrors(v))) c.addIssue({ code: "custom", path: [path], message });
  });
export type RecordVisitInput = z.output<typeof recordVisitSchema>;

/** What a referral to mediation must say (schema and use case): the dispute, its type, the other party. */
export function mediationReferralErrors(v: { referral?: string; referralNote?: string; referralDisputeType?: string; referralRespondent?: string }): Record<string, string> {
  const out: Record<string, string> = {};
  if (v.referral !== "mediation") return out;
  if (!v.referralNote) out.referralNote = t("referral.error.needNote");
  if (!v.referralDisputeType) out.referralDisputeType = t("referral.error.needDisputeType");
  if (!v.referralRespondent) out.referralRespondent = t("referral.error.needRespondent");
  return out;
}
export type RecordVisitValues = z.input<typeof recordVisitSchema>;

/** POST /api/v1/care/activities: an organised activity; each participant gets one visit of kind "activity". */
export const recordActivitySchema = z
  .strictObject({
    title: reqText(100),
    heldAt: instantSchema,
    location: optText(100),
    summary: optText(MAX_OBSERVATION),
    participants: z
      .array(z.strictObject({ personId: idSchema, riskColor: z.enum(RISK_COLORS).optional() }))
      .min(1, t("care.error.needParticipant"))
      .max(200),
    clientKey: clientKeySchema.optional(),
  })
  .superRefine((v, c) => {
    const ids = v.participants.map((p) => p.personId);
    if (new Set(ids).size !== ids.length) c.addIssue({ code: "custom", path: ["participants"], message: t("care.error.duplicateParticipant") });
  });
export type RecordActivityInput = z.output<typeof recordActivitySchema>;
export type RecordActivityValues = z.input<typeof recordActivitySchema>;

// --- settings ----------------------------------------------------------------------------------

const days = z.number().int(t("care.error.cadenceRange")).min(1, t("care.error.cadenceRange")).max(365, t("care.error.cadenceRange"));

export const cadenceSchema = z
  .strictObject({ red: days, yellow: days, green: days })
  .superRefine((v, c) => {
    if (v.red > v.yellow) c.addIssue({ code: "custom", path: ["yellow"], message: t("care.error.cadenceOrder") });
    if (v.yellow > v.green) c.addIssue({ code: "custom", path: ["green"], message: t("care.error.cadenceOrder") });
  });
export type CadenceInput = z.output<typeof cadenceSchema>;

// --- lists -------------------------------------------------------------------------------------

// An empty filter from a GET form ("?group=") means "any".
const anyOr = <T extends z.ZodType>(schema: T) => z.union([z.literal("").transform(() => undefined), schema]).optional();
const limitSchema = z.coerce.number().int().min(1).max(200).optional();
const cursorSchema = z.string().regex(/^o\d{1,6}$/, t("care.error.invalidCursor")).optional();

export const listPersonsSchema = z.strictObject({
  q: z.string().trim().max(40, tooLong(40)).optional(),
  group: anyOr(z.enum(CARE_GROUPS)),
  color: anyOr(z.enum(RISK_COLORS)),
  status: anyOr(z.enum(CARE_STATUSES)),
  carerId: anyOr(z.coerce.number().int().positive().max(2 ** 40)),
  limit: limitSchema,
  cursor: cursorSchema,
});
export type ListPersonsInput = z.output<typeof listPersonsSchema>;

/** GET /api/v1/care/visits/due: persons due on or before `before` (a local date; default the end of this week). */
export const dueVisitsSchema = z.strictObject({ before: localDateSchema.optional(), limit: limitSchema, cursor: cursorSchema });
export type DueVisitsInput = z.output<typeof dueVisitsSchema>;

export const listVisitsSchema = z.strictObject({ limit: limitSchema, cursor: cursorSchema });
export type ListVisitsInput = z.output<typeof listVisitsSchema>;

export const overviewSchema = z.strictObject({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, t("care.error.invalidMonth"))
    .refine((m) => parseLocalDate(`${m}-01`) !== null, t("care.error.invalidMonth"))
    .optional(),
});
export type OverviewInput = z.output<typeof overviewSchema>;

export const searchResidentsSchema = z.strictObject({ q: z.string().trim().min(1, t("field.required")).max(40, tooLong(40)) });
export type SearchResidentsInput = z.output<typeof searchResidentsSchema>;
