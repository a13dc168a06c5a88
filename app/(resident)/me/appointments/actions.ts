"use server";
// A resident's own appointments. Each action is a public endpoint: residents only, the same
// schemas as the API; the use cases keep a resident to their own appointments.
import { serverAction } from "@/app/_server/action";
import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { requestAppointment } from "@/lib/appointments/request-appointment";
import { cancelAppointmentSchema, requestAppointmentSchema } from "@/lib/appointments/schemas";
import { z } from "@/lib/zod";

const withId = { id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) };

export const requestMyAppointmentAction = serverAction({ roles: ["resident"], schema: requestAppointmentSchema }, (ctx, input) => ({ id: requestAppointment(ctx, input).id }));

export const cancelMyAppointmentAction = serverAction({ roles: ["resident"], schema: cancelAppointmentSchema.extend(withId) }, (ctx, { id, ...input }) => ({ status: cancelAppointment(ctx, id, input).status }));
