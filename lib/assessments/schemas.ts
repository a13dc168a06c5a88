import { ASSESSMENT_SCALES } from "@/db/schema/codes";
import { t } from "../i18n/messages";
import { z } from "../zod";
import { SCALES } from "./scales";

/** POST /api/v1/assessments — and the self-assessment pages: one answer 0–3 per item, in order. */
export const submitAssessmentSchema = z
  .strictObject({
    scale: z.enum(ASSESSMENT_SCALES),
    answers: z.array(z.number().int().min(0).max(3)).min(7).max(9),
  })
  .superRefine((v, c) => {
    const count = SCALES[v.scale].items.length;
    if (v.answers.length !== count) c.addIssue({ code: "custom", path: ["answers"], message: t("assess.error.answers", { count }) });
  });
export type SubmitAssessmentInput = z.output<typeof submitAssessmentSchema>;

/** The self-assessment form: radio values arrive as strings ("0"–"3"), unanswered as null. */
export const assessmentFormSchema = z
  .strictObject({
    scale: z.enum(ASSESSMENT_SCALES),
    answers: z.array(z.enum(["0", "1", "2", "3"]).nullable()).min(7).max(9),
  })
  .superRefine((v, c) => {
    const count = SCALES[v.scale].items.length;
    if (v.answers.length !== count || v.answers.some((a) => a === null)) c.addIssue({ code: "custom", path: ["answers"], message: t("assess.error.answers", { count }) });
  })
  .transform((v): SubmitAssessmentInput => ({ scale: v.scale, answers: v.answers.map(Number) }));
export type AssessmentFormValues = z.input<typeof assessmentFormSchema>;

/** Marking a triage alert as followed up: a short note of what was done (no clinical detail). */
export const handleAlertSchema = z.strictObject({
  note: z.string().trim().max(200, t("field.tooLong", { max: 200 })).optional(),
});
export type HandleAlertInput = z.output<typeof handleAlertSchema>;
