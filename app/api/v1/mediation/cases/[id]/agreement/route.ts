// PUT /api/v1/mediation/cases/{id}/agreement — write or correct the case's agreement.
import { apiRoute, idParam } from "@/app/_server/api";
import { saveAgreement } from "@/lib/mediation/save-agreement";
import { saveAgreementSchema } from "@/lib/mediation/schemas";

export const PUT = apiRoute({ roles: ["mediator", "admin"], body: saveAgreementSchema }, ({ ctx, body, params }) => ({ body: saveAgreement(ctx, idParam(params), body) }));
