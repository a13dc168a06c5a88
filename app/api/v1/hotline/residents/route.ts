// GET /api/v1/hotline/residents?q= — residents to link a call to, by name or phone, phones masked (hotline, admin).
import { apiRoute } from "@/app/_server/api";
import { searchResidents } from "@/lib/hotline/queries";
import { searchResidentsSchema } from "@/lib/hotline/schemas";

export const GET = apiRoute({ roles: ["hotline", "admin"], query: searchResidentsSchema }, ({ ctx, query }) => ({ body: { items: searchResidents(ctx, query) } }));
