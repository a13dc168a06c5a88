"use server";
// The care area's server actions. Each is a public endpoint with the roles and schemas of the API
// routes and one lib/care use case behind it. (The visit form posts to the API route itself, so that
// a session that timed out while it was open can send the carer to sign in and come back to it.)
import { revalidatePath } from "next/cache";
import { serverAction } from "@/app/_server/action";
import { addGroup } from "@/lib/care/add-group";
import { assignCarers } from "@/lib/care/assign-carers";
import { changeRiskColor } from "@/lib/care/change-risk-color";
import { endGroup } from "@/lib/care/end-group";
import { exitPerson } from "@/lib/care/exit-person";
import { searchResidents } from "@/lib/care/queries";
import { recordGroupActivity } from "@/lib/care/record-group-activity";
import { registerPerson } from "@/lib/care/register-person";
import {
  addGroupSchema,
  assignCarersSchema,
  cadenceSchema,
  changeRiskColorSchema,
  endGroupSchema,
  exitPersonSchema,
  idSchema,
  recordActivitySchema,
  registerPersonSchema,
  searchResidentsSchema,
  updateDetailsSchema,
} from "@/lib/care/schemas";
import { updateCadence } from "@/lib/care/update-cadence";
import { updateDetails } from "@/lib/care/update-details";
import { z } from "@/lib/zod";

const ROLES: ("carer" | "admin")[] = ["carer", "admin"];

/** A person-scoped mutation: `{ personId, input }` with the mutation's own schema inside. */
const forPerson = <S extends z.ZodType>(schema: S) => z.strictObject({ personId: idSchema, input: schema });

const refresh = (personId?: number) => {
  revalidatePath("/care");
  revalidatePath("/care/persons");
  if (personId) revalidatePath(`/care/persons/${personId}`);
};

export const registerPersonAction = serverAction({ roles: ROLES, schema: registerPersonSchema }, (ctx, input) => {
  const r = registerPerson(ctx, input);
  refresh(r.id);
  return { id: r.id };
});

export const searchResidentsAction = serverAction({ roles: ROLES, schema: searchResidentsSchema }, (ctx, input) => searchResidents(ctx, input));

export const changeRiskColorAction = serverAction({ roles: ROLES, schema: forPerson(changeRiskColorSchema) }, (ctx, { personId, input }) => {
  const r = changeRiskColor(ctx, personId, input);
  refresh(personId);
  return r;
});

export const exitPersonAction = serverAction({ roles: ROLES, schema: forPerson(exitPersonSchema) }, (ctx, { personId, input }) => {
  const r = exitPerson(ctx, personId, input);
  refresh(personId);
  return r;
});

export const assignCarersAction = serverAction({ roles: ROLES, schema: forPerson(assignCarersSchema) }, (ctx, { personId, input }) => {
  const r = assignCarers(ctx, personId, input);
  refresh(personId);
  return r;
});

export const addGroupAction = serverAction({ roles: ROLES, schema: forPerson(addGroupSchema) }, (ctx, { personId, input }) => {
  const r = addGroup(ctx, personId, input);
  refresh(personId);
  return r;
});

export const updateDetailsAction = serverAction({ roles: ROLES, schema: forPerson(updateDetailsSchema) }, (ctx, { personId, input }) => {
  const r = updateDetails(ctx, personId, input);
  refresh(personId);
  return r;
});

export const endGroupAction = serverAction({ roles: ROLES, schema: forPerson(endGroupSchema) }, (ctx, { personId, input }) => {
  const r = endGroup(ctx, personId, input);
  refresh(personId);
  return r;
});

export const recordActivityAction = serverAction({ roles: ROLES, schema: recordActivitySchema }, (ctx, input) => {
  const r = recordGroupActivity(ctx, input);
  refresh();
  return { id: r.id, count: r.visitIds.length };
});

export const updateCadenceAction = serverAction({ roles: ["admin"], schema: cadenceSchema }, (ctx, input) => {
  const r = updateCadence(ctx, input);
  refresh();
  revalidatePath("/care/settings");
  return { recomputed: r.recomputed };
});
