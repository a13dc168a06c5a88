// GET /api/v1/care/settings — visit cadence per colour (carers, admin); PUT — change it (admin; recomputes due dates).
import { apiRoute } from "@/app/_server/api";
import { getCadence } from "@/lib/care/queries";
import { cadenceSchema } from "@/lib/care/schemas";
import { updateCadence } from "@/lib/care/update-cadence";

export const GET = apiRoute({ roles: ["carer", "admin"] }, ({ ctx }) => ({ body: { cadence: getCadence(ctx) } }));

export const PUT = apiRoute({ roles: ["admin"], body: cadenceSchema }, ({ ctx, body }) => ({ body: updateCadence(ctx, body) }));
