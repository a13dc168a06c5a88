// GET /api/v1/care/persons — the register of persons in care (carer: own; admin: all); POST — take a person into care.
import { apiRoute } from "@/app/_server/api";
import { personItemJson } from "@/lib/care/api-schemas";
import { listPersons } from "@/lib/care/queries";
import { registerPerson } from "@/lib/care/register-person";
import { listPersonsSchema, registerPersonSchema } from "@/lib/care/schemas";

export const GET = apiRoute({ roles: ["carer", "admin"], query: listPersonsSchema }, ({ ctx, query }) => {
  const { items, nextCursor } = listPersons(ctx, query);
  return { body: { items: items.map(personItemJson), nextCursor } };
});

export const POST = apiRoute({ roles: ["carer", "admin"], body: registerPersonSchema }, ({ ctx, body }) => ({ status: 201, body: registerPerson(ctx, body) }));
