"use server";
import { getDb } from "@/db/client";
import type { ActionResult } from "@/app/_server/action";
import { submitAssessment } from "@/lib/assessments/submit-assessment";
import { SCALES } from "@/lib/assessments/scales";
import { assessmentFormSchema } from "@/lib/assessments/schemas";
import { t } from "@/lib/i18n/messages";
import { fieldErrorsOf } from "@/lib/zod";
import type { AssessmentOutcome } from "./_components/assessment-flow";

/**
 * The self-service room's kiosk. Not a serverAction(): nobody signs in here, on purpose — the
 * result is stored with no identity at all (not even a session or address), so a shared terminal
 * never files one person's answers under another's name. Next refuses cross-origin posts.
 */
export async function submitKioskAssessmentAction(input: unknown): Promise<ActionResult<AssessmentOutcome>> {
  const parsed = assessmentFormSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "validation", message: t("error.validation"), fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const r = submitAssessment({ db: getDb(), now: new Date(), ip: null, actor: null }, parsed.data, { kiosk: true });
    return { ok: true, data: { score: r.score, band: r.band, alert: r.alert, maxScore: SCALES[parsed.data.scale].max } };
  } catch (e) {
    console.error("[assess] unexpected error", e);
    return { ok: false, code: "internal", message: t("error.internal") };
  }
}
