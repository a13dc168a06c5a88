"use server";
// The counsellors' triage queue. Counsellors and the admin; one lib/assessments use case.
import { serverAction } from "@/app/_server/action";
import { handleAlert } from "@/lib/assessments/handle-alert";
import { handleAlertSchema } from "@/lib/assessments/schemas";
import { z } from "@/lib/zod";

export const handleAlertAction = serverAction(
  { roles: ["counselor", "admin"], schema: handleAlertSchema.safeExtend({ id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) }) },
  (ctx, { id, ...input }) => handleAlert(ctx, id, input),
);
