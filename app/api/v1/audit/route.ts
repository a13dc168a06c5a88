// GET /api/v1/audit — the audit review (admin): newest first, same filters as the page.
import { apiRoute } from "@/app/_server/api";
import { listAuditPage } from "@/lib/audit/review";
import { auditFilterSchema } from "@/lib/audit/schemas";
import { toIsoLocal } from "@/lib/time";

export const GET = apiRoute({ roles: ["admin"], query: auditFilterSchema }, ({ ctx, query }) => {
  const { items, nextCursor } = listAuditPage(ctx, query);
  return {
    body: {
      items: items.map((r) => ({ ...r, at: toIsoLocal(r.at), details: r.details ? (JSON.parse(r.details) as unknown) : null })),
      nextCursor,
    },
  };
});
