// POST /api/v1/hotline/shifts/copy-week — copy the week before `week` into it (admin); existing shifts are skipped.
import { apiRoute } from "@/app/_server/api";
import { copyLastWeek } from "@/lib/hotline/copy-last-week";
import { copyWeekSchema } from "@/lib/hotline/schemas";

export const POST = apiRoute({ roles: ["admin"], body: copyWeekSchema }, ({ ctx, body }) => ({ status: 201, body: copyLastWeek(ctx, body) }));
