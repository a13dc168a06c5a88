// GET /api/v1/care/follow-ups — follow-up requests (hotline referrals) for residents not yet in care, waiting for the admin to register them.
import { apiRoute } from "@/app/_server/api";
import { pendingFollowUpJson } from "@/lib/care/api-schemas";
import { listPendingFollowUps } from "@/lib/care/follow-ups";

export const GET = apiRoute({ roles: ["admin"] }, ({ ctx }) => ({ body: { items: listPendingFollowUps(ctx).map(pendingFollowUpJson) } }));
