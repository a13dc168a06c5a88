// GET /api/v1/services/{id} — one service. PATCH — change it (admin; the whole service is sent).
import { apiRoute, idParam } from "@/app/_server/api";
import { serviceJson } from "@/lib/appointments/api-schemas";
import { getService } from "@/lib/appointments/queries";
import { serviceSchema } from "@/lib/appointments/schemas";
import { updateService } from "@/lib/appointments/update-service";

export const GET = apiRoute({}, ({ ctx, params }) => ({ body: serviceJson(getService(ctx, idParam(params))) }));

export const PATCH = apiRoute({ roles: ["admin"], body: serviceSchema }, ({ ctx, body, params }) => {
  const id = idParam(params);
  updateService(ctx, id, body);
  return { body: serviceJson(getService(ctx, id)) };
});
