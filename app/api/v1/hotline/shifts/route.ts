// GET /api/v1/hotline/shifts?from&to — the duty roster (staff); POST — add a shift (admin).
import { apiRoute } from "@/app/_server/api";
import { STAFF_ROLES } from "@/lib/auth/actor";
import { shiftJson } from "@/lib/hotline/api-schemas";
import { createShift } from "@/lib/hotline/create-shift";
import { listShifts } from "@/lib/hotline/queries";
import { listShiftsSchema, shiftSchema } from "@/lib/hotline/schemas";

export const GET = apiRoute({ roles: [...STAFF_ROLES], query: listShiftsSchema }, ({ ctx, query }) => {
  const { items, nextCursor } = listShifts(ctx, query);
  return { body: { items: items.map(shiftJson), nextCursor } };
});

export const POST = apiRoute({ roles: ["admin"], body: shiftSchema }, ({ ctx, body }) => ({ status: 201, body: createShift(ctx, body) }));
