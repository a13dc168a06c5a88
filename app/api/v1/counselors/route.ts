// GET /api/v1/counselors?specialty&kind&q — the counsellors directory (admin: ?all=1 includes those not taking appointments).
import { apiRoute } from "@/app/_server/api";
import { counselorJson } from "@/lib/appointments/api-schemas";
import { listCounselors } from "@/lib/counselors/queries";
import { listCounselorsQuerySchema } from "@/lib/counselors/schemas";

export const GET = apiRoute({ query: listCounselorsQuerySchema }, ({ ctx, query }) => ({
  body: { items: listCounselors(ctx, { specialty: query.specialty, kind: query.kind, q: query.q, includeInactive: query.all === "1" }).map(counselorJson), nextCursor: null },
}));
