"use server";
// The hotline's server actions. Each is a public endpoint: the roles and schemas of the API routes,
// one lib/hotline use case behind each.
import { revalidatePath } from "next/cache";
import { serverAction } from "@/app/_server/action";
import { addHandoverNote } from "@/lib/hotline/add-handover-note";
import { copyLastWeek } from "@/lib/hotline/copy-last-week";
import { createCall } from "@/lib/hotline/create-call";
import { createShift } from "@/lib/hotline/create-shift";
import { deleteShift } from "@/lib/hotline/delete-shift";
import { linkCallResident } from "@/lib/hotline/link-call-resident";
import { markAlertRead } from "@/lib/hotline/mark-alert-read";
import { searchResidents } from "@/lib/hotline/queries";
import { recordCallback } from "@/lib/hotline/record-callback";
import { saveCallDraft } from "@/lib/hotline/save-call-draft";
import {
  copyWeekSchema,
  createCallSchema,
  handoverNoteWithShiftSchema,
  idOnlySchema,
  linkResidentWithIdSchema,
  recordCallbackWithIdSchema,
  saveCallDraftSchema,
  searchResidentsSchema,
  shiftSchema,
  shiftWithIdSchema,
  updateCallWithIdSchema,
} from "@/lib/hotline/schemas";
import { updateCall } from "@/lib/hotline/update-call";
import { updateShift } from "@/lib/hotline/update-shift";
import { toIsoLocal } from "@/lib/time";

const refresh = (...paths: string[]) => {
  for (const p of ["/hotline", ...paths]) revalidatePath(p);
};

/** Autosave of the call form: returns when it was saved, for the "草稿已保存" line. */
export const saveCallDraftAction = serverAction({ roles: ["hotline"], schema: saveCallDraftSchema }, (ctx, input) => {
  const r = saveCallDraft(ctx, input);
  return { id: r.id, savedAt: toIsoLocal(r.savedAt) };
});

export const createCallAction = serverAction({ roles: ["hotline"], schema: createCallSchema }, (ctx, input) => {
  const { call } = createCall(ctx, input);
  refresh("/hotline/calls");
  return { id: call.id };
});

export const updateCallAction = serverAction({ roles: ["hotline", "admin"], schema: updateCallWithIdSchema }, (ctx, { id, ...input }) => {
  updateCall(ctx, id, input);
  refresh("/hotline/calls", `/hotline/calls/${id}`);
  return { id };
});

export const linkResidentAction = serverAction({ roles: ["hotline", "admin"], schema: linkResidentWithIdSchema }, (ctx, { id, ...input }) => {
  linkCallResident(ctx, id, input);
  refresh(`/hotline/calls/${id}`);
});

export const searchResidentsAction = serverAction({ roles: ["hotline", "admin"], schema: searchResidentsSchema }, (ctx, input) => searchResidents(ctx, input));

export const recordCallbackAction = serverAction({ roles: ["hotline", "admin"], schema: recordCallbackWithIdSchema }, (ctx, { id, ...input }) => {
  const r = recordCallback(ctx, id, input);
  refresh(`/hotline/calls/${id}`);
  return { outcome: r.outcome };
});

export const addHandoverNoteAction = serverAction({ roles: ["hotline", "admin"], schema: handoverNoteWithShiftSchema }, (ctx, { shiftId, ...input }) => {
  addHandoverNote(ctx, shiftId, input);
  refresh();
});

export const markAlertReadAction = serverAction({ roles: ["hotline", "admin"], schema: idOnlySchema }, (ctx, { id }) => {
  markAlertRead(ctx, id);
  refresh("/home");
});

export const createShiftAction = serverAction({ roles: ["admin"], schema: shiftSchema }, (ctx, input) => {
  const r = createShift(ctx, input);
  refresh("/hotline/roster");
  return r;
});

export const updateShiftAction = serverAction({ roles: ["admin"], schema: shiftWithIdSchema }, (ctx, { id, ...input }) => {
  const r = updateShift(ctx, id, input);
  refresh("/hotline/roster");
  return r;
});

export const deleteShiftAction = serverAction({ roles: ["admin"], schema: idOnlySchema }, (ctx, { id }) => {
  deleteShift(ctx, id);
  refresh("/hotline/roster");
});

export const copyLastWeekAction = serverAction({ roles: ["admin"], schema: copyWeekSchema }, (ctx, input) => {
  const r = copyLastWeek(ctx, input);
  refresh("/hotline/roster");
  return r;
});
