// GET /api/v1/residents?q= — search the person register by name or phone digits (staff); phones masked.
import { apiRoute } from "@/app/_server/api";
import { STAFF_ROLES } from "@/lib/auth/actor";
import { registerListJson } from "@/lib/residents/api-schemas";
import { searchRegister } from "@/lib/residents/queries";
import { searchRegisterSchema } from "@/lib/residents/schemas";

export const GET = apiRoute({ roles: [...STAFF_ROLES], query: searchRegisterSchema }, ({ ctx, query }) => ({ body: registerListJson(searchRegister(ctx, query.q ?? "")) }));
