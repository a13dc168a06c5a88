// POST /api/v1/audit/verify — walk the hash chain now (admin); the check itself is audited.
import { apiRoute } from "@/app/_server/api";
import { runAuditVerification } from "@/lib/audit/review";

export const POST = apiRoute({ roles: ["admin"] }, ({ ctx }) => ({ body: runAuditVerification(ctx) }));
