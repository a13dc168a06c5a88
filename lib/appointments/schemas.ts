import { APPOINTMENT_MODES, APPOINTMENT_STATUSES, APPOINTMENT_URGENCIES, RISK_LEVELS } from "@/db/schema/codes";
import { t } from "../i18n/messages";
import { requestKeySchema } from "../rooms/schemas";
import { instantSchema, localDateSchema, z } from "../zod";

export const idSchema = z.number().int().positive().max(2 ** 31);
const text = (max: number) => z.string().trim().max(max, t("field.tooLong", { max }));
const requiredText = (max: number) => text(max).min(1, t("field.required"));
const reasonSchema = z.string().trim().min(2, t("appointments.field.reasonRequired")).max(200, t("field.tooLong", { max: 200 }));
const versionSchema = z.number().int().min(1).max(2 ** 31).optional();

/** Free words about when the resident can come ("工作日下午", "周六上午"); a string or a list of them. */
export const preferredTimesSchema = z
  .union([text(200), z.array(text(60)).max(6)])
  .transform((v) => (Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter(Boolean));

/** A resident not yet in the register, given inline by staff (API.md `person`). */
export const personSchema = z.strictObject({
  name: requiredText(30),
  gender: z.enum(["male", "female"], t("appointments.field.gender")),
  birthYear: z.number().int().min(1900).max(2100).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\- ]{5,20}$/, t("field.invalidPhone"))
    .optional(),
  address: text(120).optional(),
});
export type PersonInput = z.output<typeof personSchema>;

/**
 * POST /api/v1/appointments — and the resident's and staff booking forms. With counselorId and
 * startAt the slot is held; without them it is an order (订单式) and `note` (the need) is required.
 * Staff give `residentId` or `person`; residents never do.
 */
export const requestAppointmentSchema = z
  .strictObject({
    serviceId: idSchema,
    counselorId: idSchema.optional(),
    startAt: instantSchema.optional(),
    preferredTimes: preferredTimesSchema.optional(),
    note: text(1000).optional(),
    urgency: z.enum(APPOINTMENT_URGENCIES).optional(),
    residentId: idSchema.optional(),
    person: personSchema.optional(),
    requestKey: requestKeySchema.optional(),
  })
  .superRefine((v, c) => {
    if (v.counselorId !== undefined && v.startAt === undefined) c.addIssue({ code: "custom", path: ["startAt"], message: t("appointments.field.startAtWithCounselor") });
    if (v.startAt !== undefined && v.counselorId === undefined) c.addIssue({ code: "custom", path: ["counselorId"], message: t("appointments.field.counselorWithStartAt") });
    if (v.counselorId === undefined && v.startAt === undefined && (v.note ?? "").trim().length < 5) c.addIssue({ code: "custom", path: ["note"], message: t("appointments.field.needRequired") });
    if (v.residentId !== undefined && v.person !== undefined) c.addIssue({ code: "custom", path: ["person"], message: t("appointments.field.residentOrPerson") });
  });
export type RequestAppointmentInput = z.output<typeof requestAppointmentSchema>;
export type RequestAppointmentValues = z.input<typeof requestAppointmentSchema>;

/** POST …/{id}/confirm — match (counsellor, time, room) and lock them; all optional when the request already names them. */
export const confirmAppointmentSchema = z.strictObject({
  counselorId: idSchema.optional(),
  startAt: instantSchema.optional(),
  roomId: idSchema.optional(),
  version: versionSchema,
});
export type ConfirmAppointmentInput = z.output<typeof confirmAppointmentSchema>;

export const declineAppointmentSchema = z.strictObject({ reason: reasonSchema, version: versionSchema });
export type DeclineAppointmentInput = z.output<typeof declineAppointmentSchema>;

export const cancelAppointmentSchema = z.strictObject({ reason: reasonSchema, version: versionSchema });
export type CancelAppointmentInput = z.output<typeof cancelAppointmentSchema>;

export const rescheduleAppointmentSchema = z.strictObject({ startAt: instantSchema, roomId: idSchema.optional(), version: versionSchema });
export type RescheduleAppointmentInput = z.output<typeof rescheduleAppointmentSchema>;

/** check-in and no-show carry nothing but the optional version. */
export const stateChangeSchema = z.strictObject({ version: versionSchema });
export type StateChangeInput = z.output<typeof stateChangeSchema>;

/** 咨询记录. */
export const sessionRecordSchema = z.strictObject({
  presentingIssue: requiredText(2000),
  assessment: requiredText(2000),
  intervention: requiredText(2000),
  plan: requiredText(2000),
  nextStep: text(500).optional(),
  riskLevel: z.enum(RISK_LEVELS, t("appointments.field.riskLevel")),
});
export type SessionRecordInput = z.output<typeof sessionRecordSchema>;
export type SessionRecordValues = z.input<typeof sessionRecordSchema>;

/** POST …/{id}/complete — optionally with the session record in the same step. */
export const completeAppointmentSchema = z.strictObject({ record: sessionRecordSchema.optional(), version: versionSchema });
export type CompleteAppointmentInput = z.output<typeof completeAppointmentSchema>;

/** GET …/{id}/session-record — an admin must say why (break-glass, audited). */
export const readSessionRecordQuerySchema = z.strictObject({
  reason: z.string().trim().min(4, t("appointments.field.readReason")).max(200, t("field.tooLong", { max: 200 })).optional(),
});
export const readSessionRecordSchema = z.strictObject({ reason: z.string().trim().min(4, t("appointments.field.readReason")).max(200, t("field.tooLong", { max: 200 })) });

const limitSchema = z.coerce.number().int().min(1).max(200).default(50);
const cursorSchema = z.string().regex(/^\d{1,15}_\d{1,12}$/, t("appointments.field.cursor")).optional();
const queryId = z.coerce.number().int().positive().max(2 ** 31);

/** GET /api/v1/appointments — filters; `queue=1` is the triage queue (requested, most urgent and oldest first). */
export const listAppointmentsQuerySchema = z
  .strictObject({
    status: z.enum(APPOINTMENT_STATUSES).optional(),
    mode: z.enum(APPOINTMENT_MODES).optional(),
    counselorId: queryId.optional(),
    residentId: queryId.optional(),
    serviceId: queryId.optional(),
    from: localDateSchema.optional(),
    to: localDateSchema.optional(),
    q: z.string().trim().max(40).optional(),
    queue: z.enum(["0", "1"]).optional(),
    limit: limitSchema,
    cursor: cursorSchema,
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ["to"], message: t("field.invalidDate") });
export type ListAppointmentsQuery = z.output<typeof listAppointmentsQuerySchema>;

const MAX_SLOT_DAYS = 31;
const rangeOk = (v: { from: string; to: string }) => v.from <= v.to;
const rangeShort = (v: { from: string; to: string }) => (Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 < MAX_SLOT_DAYS;

/** GET /api/v1/counselors/{id}/slots?from&to&serviceId */
export const counselorSlotsQuerySchema = z
  .strictObject({ from: localDateSchema, to: localDateSchema, serviceId: queryId })
  .refine(rangeOk, { path: ["to"], message: t("field.invalidDate") })
  .refine(rangeShort, { path: ["to"], message: t("appointments.field.range", { max: MAX_SLOT_DAYS }) });
export type CounselorSlotsQuery = z.output<typeof counselorSlotsQuerySchema>;

/** GET /api/v1/services/{id}/slots?from&to — across every counsellor who may give the service. */
export const serviceSlotsQuerySchema = z
  .strictObject({ from: localDateSchema, to: localDateSchema })
  .refine(rangeOk, { path: ["to"], message: t("field.invalidDate") })
  .refine(rangeShort, { path: ["to"], message: t("appointments.field.range", { max: MAX_SLOT_DAYS }) });

/** Service catalogue (admin). Durations on the 5-minute grid of the booking engine. */
export const serviceSchema = z.strictObject({
  name: requiredText(30),
  description: text(300).optional(),
  durationMinutes: z
    .number()
    .int()
    .min(15, t("appointments.field.duration"))
    .max(240, t("appointments.field.duration"))
    .refine((n) => n % 5 === 0, t("appointments.field.duration")),
  roomIds: z.array(idSchema).min(1, t("appointments.field.rooms")).max(8),
  requiredSpecialty: text(20).nullable().optional(),
  active: z.boolean().optional(),
});
export type ServiceInput = z.output<typeof serviceSchema>;
export type ServiceValues = z.input<typeof serviceSchema>;

export const searchResidentsQuerySchema = z.strictObject({ q: requiredText(40) });
