// POST /api/v1/notifications/read-all — marks all of the caller's notifications read.
import { apiRoute } from "@/app/_server/api";
import { markAllNotificationsRead } from "@/lib/notifications/mark-read";
import { emptySchema } from "@/lib/notifications/schemas";

export const POST = apiRoute({ body: emptySchema }, ({ ctx }) => ({ body: markAllNotificationsRead(ctx) }));
