// GET /api/v1/assessments/alerts — the counsellors' triage queue of self-assessment alerts (open by default); counsellors and the admin.
import { apiRoute } from "@/app/_server/api";
import { alertJson, listAlertsQuerySchema } from "@/lib/assessments/api-schemas";
import { listAlerts } from "@/lib/assessments/queries";

export const GET = apiRoute({ roles: ["counselor", "admin"], query: listAlertsQuerySchema }, ({ ctx, query }) => ({
  body: { items: listAlerts(ctx, { status: query.status }).map(alertJson), nextCursor: null },
}));
