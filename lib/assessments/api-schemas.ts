import { ALERT_STATUSES, ASSESSMENT_BANDS, ASSESSMENT_SCALES } from "@/db/schema";
import { toIsoLocal } from "../time";
import { z } from "../zod";
import type { AlertView } from "./queries";

export const assessmentResultJsonSchema = z
  .object({
    score: z.number().int(),
    band: z.enum(ASSESSMENT_BANDS),
    alert: z.boolean().meta({ description: "PHQ-9 item 9 above 0, or the severe band (重度): show the hotline at once; a triage item is queued" }),
    maxScore: z.number().int(),
  })
  .meta({ id: "AssessmentResult" });

export const alertJsonSchema = z
  .object({
    id: z.number().int(),
    createdAt: z.string(),
    scale: z.enum(ASSESSMENT_SCALES),
    score: z.number().int(),
    band: z.enum(ASSESSMENT_BANDS),
    reasons: z.array(z.enum(["item9", "severe"])),
    resident: z.object({ id: z.number().int(), name: z.string(), phone: z.string().nullable() }).nullable().meta({ description: "null for an anonymous kiosk session" }),
    status: z.enum(ALERT_STATUSES),
    handledAt: z.string().nullable(),
  })
  .meta({ id: "AssessmentAlert" });

export const alertJson = (a: AlertView) => ({
  id: a.id,
  createdAt: toIsoLocal(a.createdAt),
  scale: a.scale,
  score: a.score,
  band: a.band,
  reasons: a.reasons,
  resident: a.resident,
  status: a.status,
  handledAt: a.handledAt ? toIsoLocal(a.handledAt) : null,
});

export const listAlertsQuerySchema = z.strictObject({ status: z.enum(ALERT_STATUSES).optional() });
