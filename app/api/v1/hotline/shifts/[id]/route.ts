// GET /api/v1/hotline/shifts/{id} — one shift (staff); PUT — replace times, staff, notes (admin); DELETE (admin).
import { apiRoute, idParam } from "@/app/_server/api";
import { STAFF_ROLES } from "@/lib/auth/actor";
import { shiftJson } from "@/lib/hotline/api-schemas";
import { deleteShift } from "@/lib/hotline/delete-shift";
import { getShift } from "@/lib/hotline/queries";
import { shiftSchema } from "@/lib/hotline/schemas";
import { updateShift } from "@/lib/hotline/update-shift";

export const GET = apiRoute({ roles: [...STAFF_ROLES] }, ({ ctx, params }) => ({ body: shiftJson(getShift(ctx, idParam(params))) }));

export const PUT = apiRoute({ roles: ["admin"], body: shiftSchema }, ({ ctx, body, params }) => ({ body: updateShift(ctx, idParam(params), body) }));

export const DELETE = apiRoute({ roles: ["admin"] }, ({ ctx, params }) => {
  const id = idParam(params);
  deleteShift(ctx, id);
  return { body: { id, deleted: true } };
});
