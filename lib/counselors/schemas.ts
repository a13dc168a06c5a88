import { COUNSELOR_KINDS, EXCEPTION_KINDS } from "@/db/schema/codes";
import { t } from "../i18n/messages";
import { localDateSchema, z } from "../zod";
import { parseMinute } from "./availability";

const text = (max: number) => z.string().trim().max(max, t("field.tooLong", { max }));

/** A time of day as minutes (0–1440) or "HH:MM" (what a time input gives), on the engine's 5-minute grid. */
export const minuteOfDaySchema = z
  .union([z.number().int(), z.string().max(5)])
  .transform((v, c) => {
    const m = typeof v === "number" ? v : parseMinute(v);
    if (m === null || m < 0 || m > 1440 || m % 5 !== 0) {
      c.addIssue({ code: "custom", message: t("counselors.field.time") });
      return z.NEVER;
    }
    return m;
  });

function endAfterStart(v: { startMinute: number; endMinute: number }, c: z.RefinementCtx) {
  if (v.endMinute <= v.startMinute) c.addIssue({ code: "custom", path: ["endMinute"], message: t("counselors.field.endAfterStart") });
}

export const availabilityRuleSchema = z
  .strictObject({
    weekday: z.coerce.number().int().min(0).max(6),
    startMinute: minuteOfDaySchema,
    endMinute: minuteOfDaySchema,
    validFrom: localDateSchema.nullable().optional(),
    validTo: localDateSchema.nullable().optional(),
  })
  .superRefine((v, c) => {
    endAfterStart(v, c);
    if (v.validFrom && v.validTo && v.validTo < v.validFrom) c.addIssue({ code: "custom", path: ["validTo"], message: t("field.invalidDate") });
  });

/** PUT /api/v1/counselors/{id}/availability — the whole weekly pattern at once (the editor saves it so). */
export const setWeeklyAvailabilitySchema = z.strictObject({ rules: z.array(availabilityRuleSchema).max(42) });
export type SetWeeklyAvailabilityInput = z.output<typeof setWeeklyAvailabilitySchema>;
export type SetWeeklyAvailabilityValues = z.input<typeof setWeeklyAvailabilitySchema>;

/** POST /api/v1/counselors/{id}/availability/exceptions — leave or extra hours on one local date. */
export const availabilityExceptionSchema = z
  .strictObject({
    date: localDateSchema,
    kind: z.enum(EXCEPTION_KINDS, t("counselors.field.kind")),
    startMinute: minuteOfDaySchema,
    endMinute: minuteOfDaySchema,
    note: text(100).optional(),
  })
  .superRefine(endAfterStart);
export type AvailabilityExceptionInput = z.output<typeof availabilityExceptionSchema>;
export type AvailabilityExceptionValues = z.input<typeof availabilityExceptionSchema>;

/** PATCH /api/v1/counselors/{id} — the counsellor's profile (own; admin any). Only the fields given change. */
export const updateCounselorProfileSchema = z.strictObject({
  title: text(30).optional(),
  counselorKind: z.enum(COUNSELOR_KINDS, t("counselors.field.kind")).optional(),
  qualifications: text(200).optional(),
  specialties: z.array(z.string().trim().min(1).max(20, t("field.tooLong", { max: 20 }))).max(10, t("counselors.field.tooManySpecialties")).optional(),
  bio: text(500).optional(),
  accepting: z.boolean().optional(),
});
export type UpdateCounselorProfileInput = z.output<typeof updateCounselorProfileSchema>;
export type UpdateCounselorProfileValues = z.input<typeof updateCounselorProfileSchema>;

/** GET /api/v1/counselors */
export const listCounselorsQuerySchema = z.strictObject({
  specialty: text(20).optional(),
  kind: z.enum(COUNSELOR_KINDS).optional(),
  q: text(40).optional(),
  all: z.enum(["0", "1"]).optional(),
});
export type ListCounselorsQuery = z.output<typeof listCounselorsQuerySchema>;

/** GET /api/v1/counselors/{id}/availability?from&to — exceptions in the range (rules are weekly). */
export const availabilityQuerySchema = z
  .strictObject({ from: localDateSchema.optional(), to: localDateSchema.optional() })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ["to"], message: t("field.invalidDate") });
