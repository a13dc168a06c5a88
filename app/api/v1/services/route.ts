// GET /api/v1/services — the service catalogue (admin: ?all=1 includes inactive ones).
// POST /api/v1/services — add a service (admin).
import { apiRoute } from "@/app/_server/api";
import { serviceJson } from "@/lib/appointments/api-schemas";
import { createService } from "@/lib/appointments/create-service";
import { getService, listServices } from "@/lib/appointments/queries";
import { serviceSchema } from "@/lib/appointments/schemas";
import { z } from "@/lib/zod";

export const GET = apiRoute({ query: z.strictObject({ all: z.enum(["0", "1"]).optional() }) }, ({ ctx, query }) => ({
  body: { items: listServices(ctx, { includeInactive: query.all === "1" }).map(serviceJson), nextCursor: null },
}));

export const POST = apiRoute({ roles: ["admin"], body: serviceSchema }, ({ ctx, body }) => {
  const { id } = createService(ctx, body);
  return { status: 201, body: serviceJson(getService(ctx, id)) };
});
