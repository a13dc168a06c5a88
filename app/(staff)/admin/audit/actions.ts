"use server";
import { serverAction } from "@/app/_server/action";
import { runAuditVerification } from "@/lib/audit/review";
import { z } from "@/lib/zod";

export const verifyAuditAction = serverAction({ roles: ["admin"], schema: z.strictObject({}) }, (ctx) => runAuditVerification(ctx));
