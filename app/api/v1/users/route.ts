// GET /api/v1/users — staff and resident accounts (admin); POST — create a staff account.
import { apiRoute } from "@/app/_server/api";
import { userItemJson } from "@/lib/users/api-schemas";
import { createStaffUser } from "@/lib/users/create-staff-user";
import { listUsersPage } from "@/lib/users/queries";
import { createStaffUserSchema, listUsersSchema } from "@/lib/users/schemas";

export const GET = apiRoute({ roles: ["admin"], query: listUsersSchema }, ({ ctx, query }) => {
  const { items, nextCursor } = listUsersPage(ctx, query);
  return { body: { items: items.map(userItemJson), nextCursor } };
});

export const POST = apiRoute({ roles: ["admin"], body: createStaffUserSchema }, async ({ ctx, body }) => ({
  status: 201,
  body: await createStaffUser(ctx, body),
}));
