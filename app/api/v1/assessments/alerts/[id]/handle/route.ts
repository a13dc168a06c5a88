// POST /api/v1/assessments/alerts/{id}/handle — a counsellor (or the admin) records that the alert was followed up; 409 if it already was.
import { apiRoute, idParam } from "@/app/_server/api";
import { handleAlert } from "@/lib/assessments/handle-alert";
import { handleAlertSchema } from "@/lib/assessments/schemas";

export const POST = apiRoute({ roles: ["counselor", "admin"], body: handleAlertSchema }, ({ ctx, body, params }) => ({ body: handleAlert(ctx, idParam(params), body) }));
