"use server";
// People's mediation. Every action is a public endpoint: the same schemas as the API, one
// lib/mediation use case behind each; lib/ decides who may touch which case (404 / 403).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { serverAction, type ActionResult } from "@/app/_server/action";
import { addSupportNote } from "@/lib/mediation/add-support-note";
import { assignTeam } from "@/lib/mediation/assign-team";
import { extendDeadline } from "@/lib/mediation/extend-deadline";
import { searchResidentsForParties, type ResidentMatch } from "@/lib/mediation/queries";
import { recordFollowUp } from "@/lib/mediation/record-follow-up";
import { recordSession } from "@/lib/mediation/record-session";
import { registerCase } from "@/lib/mediation/register-case";
import { saveAgreement } from "@/lib/mediation/save-agreement";
import {
  addSupportNoteSchema,
  assignTeamSchema,
  extendDeadlineSchema,
  recordFollowUpSchema,
  recordSessionSchema,
  registerCaseSchema,
  saveAgreementSchema,
  transitionSchema,
  updateSessionSchema,
} from "@/lib/mediation/schemas";
import { transitionCase } from "@/lib/mediation/transition-case";
import { updateSession } from "@/lib/mediation/update-session";
import { z } from "@/lib/zod";

const idSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const scoped = <S extends z.ZodType>(data: S) => z.strictObject({ caseId: idSchema, data });
type Scoped<S extends z.ZodType> = { caseId: number; data: z.input<S> };

/** Field errors of `data.x` belong to the form's field `x`. */
function unwrap<T>(r: ActionResult<T>): ActionResult<T> {
  if (r.ok || !r.fieldErrors) return r;
  return { ...r, fieldErrors: Object.fromEntries(Object.entries(r.fieldErrors).map(([k, v]) => [k.replace(/^data\./, ""), v])) };
}

const MEDIATORS = ["mediator", "admin"] as const;
const TEAM = ["mediator", "counselor"] as const;
const refresh = (caseId: number) => revalidatePath(`/mediation/${caseId}`);

const register = serverAction({ roles: [...MEDIATORS], schema: registerCaseSchema }, (ctx, input) => {
  const { id } = registerCase(ctx, input);
  redirect(`/mediation/${id}?registered=1`);
});
export async function registerCaseAction(input: z.input<typeof registerCaseSchema>) {
  return register(input);
}

const assign = serverAction({ roles: [...MEDIATORS], schema: scoped(assignTeamSchema) }, (ctx, { caseId, data }) => {
  assignTeam(ctx, caseId, data);
  refresh(caseId);
});
export async function assignTeamAction(input: Scoped<typeof assignTeamSchema>) {
  return unwrap(await assign(input));
}

const transition = serverAction({ roles: [...MEDIATORS], schema: scoped(transitionSchema) }, (ctx, { caseId, data }) => {
  const r = transitionCase(ctx, caseId, data);
  refresh(caseId);
  return r;
});
export async function transitionCaseAction(input: Scoped<typeof transitionSchema>) {
  return unwrap(await transition(input));
}

const extend = serverAction({ roles: [...MEDIATORS], schema: scoped(extendDeadlineSchema) }, (ctx, { caseId, data }) => {
  extendDeadline(ctx, caseId, data);
  refresh(caseId);
});
export async function extendDeadlineAction(input: Scoped<typeof extendDeadlineSchema>) {
  return unwrap(await extend(input));
}

const session = serverAction({ roles: [...TEAM], schema: scoped(recordSessionSchema) }, (ctx, { caseId, data }) => {
  recordSession(ctx, caseId, data);
  refresh(caseId);
});
export async function recordSessionAction(input: Scoped<typeof recordSessionSchema>) {
  return unwrap(await session(input));
}

const sessionRecord = serverAction(
  { roles: [...TEAM], schema: z.strictObject({ caseId: idSchema, sessionId: idSchema, data: updateSessionSchema }) },
  (ctx, { caseId, sessionId, data }) => {
    updateSession(ctx, caseId, sessionId, data);
    refresh(caseId);
  },
);
export async function updateSessionAction(input: Scoped<typeof updateSessionSchema> & { sessionId: number }) {
  return unwrap(await sessionRecord(input));
}

const agreement = serverAction({ roles: [...MEDIATORS], schema: scoped(saveAgreementSchema) }, (ctx, { caseId, data }) => {
  saveAgreement(ctx, caseId, data);
  refresh(caseId);
});
export async function saveAgreementAction(input: Scoped<typeof saveAgreementSchema>) {
  return unwrap(await agreement(input));
}

const followUp = serverAction({ roles: [...TEAM], schema: scoped(recordFollowUpSchema) }, (ctx, { caseId, data }) => {
  recordFollowUp(ctx, caseId, data);
  refresh(caseId);
});
export async function recordFollowUpAction(input: Scoped<typeof recordFollowUpSchema>) {
  return unwrap(await followUp(input));
}

const note = serverAction({ roles: ["counselor"], schema: scoped(addSupportNoteSchema) }, (ctx, { caseId, data }) => {
  addSupportNote(ctx, caseId, data);
  refresh(caseId);
});
export async function addSupportNoteAction(input: Scoped<typeof addSupportNoteSchema>) {
  return unwrap(await note(input));
}

const residentSearch = serverAction({ roles: [...MEDIATORS], schema: z.strictObject({ q: z.string().trim().min(1).max(40) }) }, (ctx, { q }) => searchResidentsForParties(ctx, q));
export async function searchResidentsAction(input: { q: string }): Promise<ActionResult<ResidentMatch[]>> {
  return residentSearch(input);
}
