// GET/PUT /api/v1/me/notification-settings — the caller's outside channels and quiet hours.
import { apiRoute } from "@/app/_server/api";
import { getPreferences } from "@/lib/notifications/queries";
import { preferencesSchema } from "@/lib/notifications/schemas";
import { updatePreferences } from "@/lib/notifications/update-preferences";

export const GET = apiRoute({}, ({ ctx }) => ({ body: getPreferences(ctx) }));

export const PUT = apiRoute({ body: preferencesSchema }, ({ ctx, body }) => ({ body: updatePreferences(ctx, body) }));
