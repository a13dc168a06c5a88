// GET /api/v1/care/visits/due?before=YYYY-MM-DD — persons due or overdue (carer: own; admin: all), most overdue first.
import { apiRoute } from "@/app/_server/api";
import { dueItemJson } from "@/lib/care/api-schemas";
import { dueVisits } from "@/lib/care/queries";
import { dueVisitsSchema } from "@/lib/care/schemas";

export const GET = apiRoute({ roles: ["carer", "admin"], query: dueVisitsSchema }, ({ ctx, query }) => {
  const { items, nextCursor, today } = dueVisits(ctx, query);
  return { body: { today, items: items.map(dueItemJson), nextCursor } };
});
