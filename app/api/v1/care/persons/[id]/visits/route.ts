// GET /api/v1/care/persons/{id}/visits — the person's visits, newest first; POST — record a visit (nextVisitDue moves on).
import { apiRoute, idParam } from "@/app/_server/api";
import { visitJson } from "@/lib/care/api-schemas";
import { listVisits } from "@/lib/care/queries";
import { recordVisit } from "@/lib/care/record-visit";
import { listVisitsSchema, recordVisitSchema } from "@/lib/care/schemas";

export const GET = apiRoute({ roles: ["carer", "admin"], query: listVisitsSchema }, ({ ctx, params, query }) => {
  const { items, nextCursor } = listVisits(ctx, idParam(params), query);
  return { body: { items: items.map(visitJson), nextCursor } };
});

export const POST = apiRoute({ roles: ["carer", "admin"], body: recordVisitSchema }, ({ ctx, params, body }) => {
  const r = recordVisit(ctx, idParam(params), body);
  return { status: 201, body: { id: r.id, personId: idParam(params), nextVisitDue: r.nextVisitDue, riskColor: r.riskColor, referral: r.referral, duplicate: r.duplicate } };
});
