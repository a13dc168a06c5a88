// POST /api/v1/hotline/calls — log a call (hotline); GET — list and search calls (hotline, admin), no summaries.
import { apiRoute } from "@/app/_server/api";
import { callCreatedJson, callListItemJson } from "@/lib/hotline/api-schemas";
import { createCall } from "@/lib/hotline/create-call";
import { listCalls } from "@/lib/hotline/queries";
import { createCallSchema, listCallsSchema } from "@/lib/hotline/schemas";

export const POST = apiRoute({ roles: ["hotline"], body: createCallSchema }, ({ ctx, body }) => {
  const { call, created } = createCall(ctx, body);
  return { status: created ? 201 : 200, body: callCreatedJson(call) };
});

export const GET = apiRoute({ roles: ["hotline", "admin"], query: listCallsSchema }, ({ ctx, query }) => {
  const { items, nextCursor } = listCalls(ctx, query);
  return { body: { items: items.map(callListItemJson), nextCursor } };
});
