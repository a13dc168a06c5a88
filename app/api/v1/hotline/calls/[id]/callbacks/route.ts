// POST /api/v1/hotline/calls/{id}/callbacks — record one call-back attempt: done, no answer or rescheduled (hotline, admin).
import { apiRoute, idParam } from "@/app/_server/api";
import { callbackResultJson } from "@/lib/hotline/api-schemas";
import { recordCallback } from "@/lib/hotline/record-callback";
import { recordCallbackSchema } from "@/lib/hotline/schemas";

export const POST = apiRoute({ roles: ["hotline", "admin"], body: recordCallbackSchema }, ({ ctx, body, params }) => ({
  status: 201,
  body: callbackResultJson(recordCallback(ctx, idParam(params), body)),
}));
