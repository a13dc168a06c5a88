// GET /api/v1/hotline/follow-ups — open call-backs due (default: by end of today), imminent and high first (hotline, admin).
import { apiRoute } from "@/app/_server/api";
import { followUpJson } from "@/lib/hotline/api-schemas";
import { listFollowUps } from "@/lib/hotline/queries";
import { listFollowUpsSchema } from "@/lib/hotline/schemas";

export const GET = apiRoute({ roles: ["hotline", "admin"], query: listFollowUpsSchema }, ({ ctx, query }) => {
  const { items, nextCursor } = listFollowUps(ctx, query);
  return { body: { items: items.map(followUpJson), nextCursor } };
});
