import type { AssessmentBand, AssessmentScale } from "@/db/schema";
import type { MessageKey } from "../i18n/messages";

/**
 * PHQ-9 and GAD-7 (Spitzer, Williams, Kroenke et al.; public domain), items in their standard
 * Chinese wording (lib/i18n/zh-CN/activities.ts), each answered 0–3 for the last two weeks.
 */
export interface ScaleDefinition {
  scale: AssessmentScale;
  items: MessageKey[];
  options: [MessageKey, MessageKey, MessageKey, MessageKey];
  max: number;
  /** Lower bound of each band, highest first. */
  bands: { min: number; band: AssessmentBand }[];
}

export const SCALES: Record<AssessmentScale, ScaleDefinition> = {
  "PHQ-9": {
    scale: "PHQ-9",
    items: ["phq9.1", "phq9.2", "phq9.3", "phq9.4", "phq9.5", "phq9.6", "phq9.7", "phq9.8", "phq9.9"],
    options: ["assessOption.PHQ-9.0", "assessOption.PHQ-9.1", "assessOption.PHQ-9.2", "assessOption.PHQ-9.3"],
    max: 27,
    bands: [
      { min: 20, band: "重度" },
      { min: 15, band: "中重度" },
      { min: 10, band: "中度" },
      { min: 5, band: "轻度" },
      { min: 0, band: "无/极轻" },
    ],
  },
  "GAD-7": {
    scale: "GAD-7",
    items: ["gad7.1", "gad7.2", "gad7.3", "gad7.4", "gad7.5", "gad7.6", "gad7.7"],
    options: ["assessOption.GAD-7.0", "assessOption.GAD-7.1", "assessOption.GAD-7.2", "assessOption.GAD-7.3"],
    max: 21,
    bands: [
      { min: 15, band: "重度" },
      { min: 10, band: "中度" },
      { min: 5, band: "轻度" },
      { min: 0, band: "无/极轻" },
    ],
  },
};

export type AlertReason = "item9" | "severe";

export interface AssessmentResult {
  score: number;
  band: AssessmentBand;
  alert: boolean;
  reasons: AlertReason[];
}

/**
 * The total, its standard band, and whether counsellors must be alerted: PHQ-9 item 9 (thoughts
 * of being better off dead or of self-harm) answered above 0, or the severe band (重度) of
 * either scale.
 */
export function scoreAssessment(scale: AssessmentScale, answers: readonly number[]): AssessmentResult {
  const def = SCALES[scale];
  if (answers.length !== def.items.length || answers.some((a) => !Number.isInteger(a) || a < 0 || a > 3)) {
    throw new RangeError(`${scale} needs ${def.items.length} answers of 0–3`);
  }
  const score = answers.reduce((s, a) => s + a, 0);
  const band = def.bands.find((b) => score >= b.min)!.band;
  const reasons: AlertReason[] = [];
  if (scale === "PHQ-9" && answers[8] > 0) reasons.push("item9");
  if (band === "重度") reasons.push("severe");
  return { score, band, alert: reasons.length > 0, reasons };
}
