import { t } from "@/lib/i18n/messages";
import { localDateSchema, z } from "@/lib/zod";

export const AUDIT_OUTCOMES = ["success", "failure", "denied"] as const;

const text = (max: number) => z.string().trim().max(max, t("field.tooLong", { max })).optional();

/** The audit review's filters (page query string and API query alike). */
export const auditFilterSchema = z.strictObject({
  user: text(40),
  action: text(60),
  entityType: text(40),
  entityId: text(40),
  outcome: z.enum(AUDIT_OUTCOMES).or(z.literal("")).optional(),
  from: localDateSchema.or(z.literal("")).optional(),
  to: localDateSchema.or(z.literal("")).optional(),
  /** Only reads that needed a stated reason (break-glass). */
  reasons: z.enum(["1", ""]).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  cursor: z.string().regex(/^\d{1,15}$/, t("field.invalid")).optional(),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;
