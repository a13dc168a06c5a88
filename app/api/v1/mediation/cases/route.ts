// GET /api/v1/mediation/cases — the caller's cases (admin: all), searchable; POST — register a case.
import { apiRoute } from "@/app/_server/api";
import { caseItemJson } from "@/lib/mediation/api-schemas";
import { listCases } from "@/lib/mediation/queries";
import { registerCase } from "@/lib/mediation/register-case";
import { listCasesSchema, registerCaseSchema } from "@/lib/mediation/schemas";

export const GET = apiRoute({ roles: ["mediator", "counselor", "admin"], query: listCasesSchema }, ({ ctx, query }) => {
  const { items, nextCursor } = listCases(ctx, query);
  return { body: { items: items.map(caseItemJson), nextCursor } };
});

export const POST = apiRoute({ roles: ["mediator", "admin"], body: registerCaseSchema }, ({ ctx, body }) => ({ status: 201, body: registerCase(ctx, body) }));
