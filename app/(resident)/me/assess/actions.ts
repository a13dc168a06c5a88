"use server";
// A resident's own self-assessment: kept in their file, so they can see it again and a counsellor
// can follow up an alert. Residents only; the same schema as the kiosk and the API.
import { serverAction } from "@/app/_server/action";
import { SCALES } from "@/lib/assessments/scales";
import { assessmentFormSchema } from "@/lib/assessments/schemas";
import { submitAssessment } from "@/lib/assessments/submit-assessment";

export const submitMyAssessmentAction = serverAction({ roles: ["resident"], schema: assessmentFormSchema }, (ctx, input) => {
  const r = submitAssessment(ctx, input);
  return { score: r.score, band: r.band, alert: r.alert, maxScore: SCALES[input.scale].max };
});
