// GET /api/v1/care/overview?month=YYYY-MM — persons per group and colour, visits done vs due, overdue by carer (admin).
import { apiRoute } from "@/app/_server/api";
import { overviewJson } from "@/lib/care/api-schemas";
import { careOverview } from "@/lib/care/queries";
import { overviewSchema } from "@/lib/care/schemas";

export const GET = apiRoute({ roles: ["admin"], query: overviewSchema }, ({ ctx, query }) => ({ body: overviewJson(careOverview(ctx, query)) }));
