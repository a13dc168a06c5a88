import { RESERVATION_PURPOSES, RESERVATION_STATUSES } from "@/db/schema/codes";
import { t } from "../i18n/messages";
import { instantSchema, localDateSchema, z } from "../zod";

const id = z.number().int().positive().max(2 ** 31);
const titleSchema = z.string().trim().max(60, t("field.tooLong", { max: 60 }));
const reasonSchema = z.string().trim().max(200, t("field.tooLong", { max: 200 }));

/** A client-chosen key that makes a repeated submit (double click, retry) return the first result. */
export const requestKeySchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, t("rooms.field.requestKey"));

function endAfterStart(v: { startAt: Date; endAt: Date }, c: z.RefinementCtx) {
  if (v.endAt.getTime() <= v.startAt.getTime()) c.addIssue({ code: "custom", path: ["endAt"], message: t("rooms.error.endBeforeStart") });
}

/** POST /api/v1/reservations — and the booking forms. `holdMinutes` makes it a hold (staff only). */
export const reserveRoomSchema = z
  .strictObject({
    roomId: id,
    startAt: instantSchema,
    endAt: instantSchema,
    purpose: z.enum(RESERVATION_PURPOSES).optional(),
    title: titleSchema.optional(),
    places: z.number().int().min(1).max(100).optional(),
    holdMinutes: z.number().int().min(5).max(7 * 24 * 60).optional(),
    requestKey: requestKeySchema.optional(),
  })
  .superRefine(endAfterStart);
export type ReserveRoomInput = z.output<typeof reserveRoomSchema>;
export type ReserveRoomFormValues = z.input<typeof reserveRoomSchema>;

/** POST /api/v1/reservations/{id}/move — new times, optionally another room. */
export const moveReservationSchema = z
  .strictObject({
    startAt: instantSchema,
    endAt: instantSchema,
    roomId: id.optional(),
  })
  .superRefine(endAfterStart);
export type MoveReservationInput = z.output<typeof moveReservationSchema>;

/** POST /api/v1/reservations/{id}/cancel — `following` also cancels the later occurrences of its series. */
export const cancelReservationSchema = z.strictObject({
  reason: reasonSchema.optional(),
  scope: z.enum(["one", "following"]).optional(),
});
export type CancelReservationInput = z.output<typeof cancelReservationSchema>;

/**
 * POST /api/v1/reservation-series — weekly from the first occurrence, `count` times or until a
 * local date (inclusive). Every occurrence is checked before anything is saved; `dryRun` only
 * reports, `skipConflicts` saves the free ones and reports the rest.
 */
export const reserveSeriesSchema = z
  .strictObject({
    roomId: id,
    startAt: instantSchema,
    endAt: instantSchema,
    purpose: z.enum(RESERVATION_PURPOSES).optional(),
    title: titleSchema.optional(),
    places: z.number().int().min(1).max(100).optional(),
    count: z.number().int().min(1).max(52).optional(),
    until: localDateSchema.optional(),
    skipConflicts: z.boolean().optional(),
    dryRun: z.boolean().optional(),
    requestKey: requestKeySchema.optional(),
  })
  .superRefine((v, c) => {
    endAfterStart(v, c);
    if ((v.count === undefined) === (v.until === undefined)) c.addIssue({ code: "custom", path: ["count"], message: t("rooms.error.seriesNeedsEnd") });
  });
export type ReserveSeriesInput = z.output<typeof reserveSeriesSchema>;

const minuteOfDay = z.number().int().min(0).max(24 * 60);
const dayHoursSchema = z
  .tuple([minuteOfDay, minuteOfDay])
  .nullable()
  .refine((h) => h === null || h[1] > h[0], t("rooms.error.hoursInvalid"));

/** PATCH /api/v1/rooms/{id} — the admin's room settings; the code never changes. */
export const updateRoomSchema = z
  .strictObject({
    name: z.string().trim().min(1, t("field.required")).max(30, t("field.tooLong", { max: 30 })),
    description: z.string().trim().max(300, t("field.tooLong", { max: 300 })),
    icon: z.string().trim().max(8, t("field.tooLong", { max: 8 })),
    mode: z.enum(["exclusive", "shared"]),
    capacity: z.number().int().min(1).max(200),
    residentBookable: z.boolean(),
    staffRequired: z.boolean(),
    openingHours: z.array(dayHoursSchema).length(7),
    minMinutes: z.number().int().min(5).max(24 * 60),
    maxMinutes: z.number().int().min(5).max(24 * 60),
    active: z.boolean(),
  })
  .superRefine((v, c) => {
    if (v.minMinutes > v.maxMinutes) c.addIssue({ code: "custom", path: ["minMinutes"], message: t("rooms.error.minAboveMax") });
  });
export type UpdateRoomInput = z.output<typeof updateRoomSchema>;
export type UpdateRoomFormValues = z.input<typeof updateRoomSchema>;

/** POST /api/v1/blackouts — roomId null (or absent) closes every room. */
export const addBlackoutSchema = z
  .strictObject({
    roomId: id.nullable().optional(),
    startAt: instantSchema,
    endAt: instantSchema,
    reason: z.string().trim().min(1, t("rooms.field.reasonRequired")).max(100, t("field.tooLong", { max: 100 })),
  })
  .superRefine(endAfterStart);
export type AddBlackoutInput = z.output<typeof addBlackoutSchema>;

const MAX_RANGE_DAYS = 62;

/** `?from&to` local dates, inclusive, at most two months. */
export const dateRangeQuerySchema = z
  .strictObject({ from: localDateSchema, to: localDateSchema })
  .refine((v) => v.from <= v.to, { path: ["to"], message: t("field.invalidDate") })
  .refine((v) => (Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 < MAX_RANGE_DAYS, { path: ["to"], message: t("rooms.field.range", { max: MAX_RANGE_DAYS }) });

const limitSchema = z.coerce.number().int().min(1).max(200).default(50);
const cursorSchema = z.string().regex(/^\d{1,15}_\d{1,12}$/).optional();

/** GET /api/v1/rooms/{id}/reservations */
export const roomReservationsQuerySchema = z
  .strictObject({ from: localDateSchema, to: localDateSchema, limit: limitSchema, cursor: cursorSchema })
  .refine((v) => v.from <= v.to, { path: ["to"], message: t("field.invalidDate") })
  .refine((v) => (Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 < MAX_RANGE_DAYS, { path: ["to"], message: t("rooms.field.range", { max: MAX_RANGE_DAYS }) });

/** GET /api/v1/reservations — `mine=1` (always so for residents), optional room, status and range. */
export const listReservationsQuerySchema = z.strictObject({
  mine: z.enum(["0", "1"]).optional(),
  roomId: z.coerce.number().int().positive().max(2 ** 31).optional(),
  status: z.enum([...RESERVATION_STATUSES, "live"]).optional(),
  from: localDateSchema.optional(),
  to: localDateSchema.optional(),
  limit: limitSchema,
  cursor: cursorSchema,
});
export type ListReservationsQuery = z.output<typeof listReservationsQuerySchema>;

/** GET /api/v1/rooms/{id}/slots?date=&minutes= — free start times for a booking of that length. */
export const freeSlotsQuerySchema = z.strictObject({
  date: localDateSchema,
  minutes: z.coerce.number().int().min(5).max(24 * 60).optional(),
});
