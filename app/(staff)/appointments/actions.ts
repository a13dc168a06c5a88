"use server";
// The appointment desk. Each action is a public endpoint: counsellors and admins, the same schemas
// as the API (plus the appointment's id, which the API has in the path), one lib use case each.
import { serverAction } from "@/app/_server/action";
import type { Role } from "@/db/schema";
import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { checkInAppointment } from "@/lib/appointments/check-in-appointment";
import { completeAppointment } from "@/lib/appointments/complete-appointment";
import { confirmAppointment } from "@/lib/appointments/confirm-appointment";
import { declineAppointment } from "@/lib/appointments/decline-appointment";
import { handleAlert } from "@/lib/appointments/handle-alert";
import { markNoShow } from "@/lib/appointments/mark-no-show";
import { readSessionRecord } from "@/lib/appointments/read-session-record";
import { requestAppointment } from "@/lib/appointments/request-appointment";
import { rescheduleAppointment } from "@/lib/appointments/reschedule-appointment";
import { saveSessionRecord } from "@/lib/appointments/save-session-record";
import {
  cancelAppointmentSchema,
  completeAppointmentSchema,
  confirmAppointmentSchema,
  declineAppointmentSchema,
  readSessionRecordSchema,
  requestAppointmentSchema,
  rescheduleAppointmentSchema,
  sessionRecordSchema,
  stateChangeSchema,
} from "@/lib/appointments/schemas";
import { z } from "@/lib/zod";

const withId = { id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) };
const roles: Role[] = ["counselor", "admin"];

export const requestForResidentAction = serverAction({ roles, schema: requestAppointmentSchema }, (ctx, input) => ({ id: requestAppointment(ctx, input).id }));

export const confirmAppointmentAction = serverAction({ roles, schema: confirmAppointmentSchema.extend(withId) }, (ctx, { id, ...input }) => {
  const r = confirmAppointment(ctx, id, input);
  return { id: r.id, roomId: r.roomId };
});

export const declineAppointmentAction = serverAction({ roles, schema: declineAppointmentSchema.extend(withId) }, (ctx, { id, ...input }) => ({ status: declineAppointment(ctx, id, input).status }));

export const cancelAppointmentAction = serverAction({ roles, schema: cancelAppointmentSchema.extend(withId) }, (ctx, { id, ...input }) => ({ status: cancelAppointment(ctx, id, input).status }));

export const rescheduleAppointmentAction = serverAction({ roles, schema: rescheduleAppointmentSchema.extend(withId) }, (ctx, { id, ...input }) => ({ status: rescheduleAppointment(ctx, id, input).status }));

export const checkInAction = serverAction({ roles, schema: stateChangeSchema.extend(withId) }, (ctx, { id, ...input }) => ({ status: checkInAppointment(ctx, id, input).status }));

export const noShowAction = serverAction({ roles, schema: stateChangeSchema.extend(withId) }, (ctx, { id, ...input }) => ({ status: markNoShow(ctx, id, input).status }));

export const completeAppointmentAction = serverAction({ roles: ["counselor"], schema: completeAppointmentSchema.extend(withId) }, (ctx, { id, ...input }) => ({
  status: completeAppointment(ctx, id, input).status,
}));

export const saveSessionRecordAction = serverAction({ roles: ["counselor"], schema: sessionRecordSchema.extend(withId) }, (ctx, { id, ...input }) => ({ id: saveSessionRecord(ctx, id, input).id }));

/** Break-glass: an admin states why, and only then gets the record's text (audited with the reason). */
export const readSessionRecordAction = serverAction({ roles: ["admin"], schema: readSessionRecordSchema.extend(withId) }, (ctx, { id, reason }) => {
  const r = readSessionRecord(ctx, id, { reason });
  return {
    authorName: r.author.name,
    presentingIssue: r.presentingIssue,
    assessment: r.assessment,
    intervention: r.intervention,
    plan: r.plan,
    nextStep: r.nextStep,
    riskLevel: r.riskLevel,
  };
});

export const handleAlertAction = serverAction({ roles: ["admin"], schema: z.strictObject(withId) }, (ctx, { id }) => handleAlert(ctx, id));
