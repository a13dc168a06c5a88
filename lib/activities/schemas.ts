import { ACTIVITY_STATUSES, ACTIVITY_TYPES } from "@/db/schema/codes";
import { t } from "../i18n/messages";
import { parseLocalDateTime } from "../time";
import { instantSchema, localDateSchema, z } from "../zod";

const id = z.number().int().positive().max(2 ** 31);
const text = (max: number) => z.string().trim().max(max, t("field.tooLong", { max }));
const titleSchema = text(60).min(1, t("field.required"));
const capacitySchema = z.number().int().min(1).max(500);
const teacherIdsSchema = z.array(id).max(10);

/** A client-chosen key that makes a repeated submit (double click, retry) return the first result. */
export const requestKeySchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, t("rooms.field.requestKey"));

/** Weekly repeat: `count` occurrences in all (2–52), or every week up to the local date `until`. */
const repeatSchema = z
  .strictObject({ count: z.number().int().min(2).max(52).optional(), until: localDateSchema.optional() })
  .refine((r) => (r.count === undefined) !== (r.until === undefined), { message: t("activities.error.repeatNeedsCount"), path: ["count"] });

function checkTimes(v: { startAt?: Date; endAt?: Date; signupDeadline?: Date | null }, c: z.RefinementCtx) {
  if (v.startAt && v.endAt && v.endAt.getTime() <= v.startAt.getTime()) c.addIssue({ code: "custom", path: ["endAt"], message: t("rooms.error.endBeforeStart") });
  if (v.startAt && v.signupDeadline && v.signupDeadline.getTime() > v.startAt.getTime()) {
    c.addIssue({ code: "custom", path: ["signupDeadline"], message: t("activities.error.deadlineAfterStart") });
  }
}

/** POST /api/v1/activities — books the room through the engine; `repeat` makes a weekly series. */
export const createActivitySchema = z
  .strictObject({
    title: titleSchema,
    description: text(2000).optional(),
    type: z.enum(ACTIVITY_TYPES).optional(),
    roomId: id,
    startAt: instantSchema,
    endAt: instantSchema,
    capacity: capacitySchema,
    audience: text(100).optional(),
    signupDeadline: instantSchema.optional(),
    teacherIds: teacherIdsSchema.optional(),
    repeat: repeatSchema.optional(),
    requestKey: requestKeySchema.optional(),
  })
  .superRefine(checkTimes);
export type CreateActivityInput = z.output<typeof createActivitySchema>;

/**
 * PATCH /api/v1/activities/{id} — a field left out keeps its value. New times or room move the
 * reservation through the engine (startAt and endAt together). `signupDeadline: null` means "until
 * the start". `teacherIds` only for an admin.
 */
export const updateActivitySchema = z
  .strictObject({
    title: titleSchema.optional(),
    description: text(2000).optional(),
    type: z.enum(ACTIVITY_TYPES).optional(),
    roomId: id.optional(),
    startAt: instantSchema.optional(),
    endAt: instantSchema.optional(),
    capacity: capacitySchema.optional(),
    audience: text(100).optional(),
    signupDeadline: instantSchema.nullable().optional(),
    teacherIds: teacherIdsSchema.optional(),
    signupsClosed: z.boolean().optional(),
  })
  .superRefine((v, c) => {
    if ((v.startAt === undefined) !== (v.endAt === undefined)) c.addIssue({ code: "custom", path: [v.startAt ? "endAt" : "startAt"], message: t("field.required") });
    checkTimes(v, c);
  });
export type UpdateActivityInput = z.output<typeof updateActivitySchema>;

/** POST /api/v1/activities/{id}/cancel — `following` also cancels the later weekly occurrences. */
export const cancelActivitySchema = z.strictObject({
  reason: text(200).optional(),
  scope: z.enum(["one", "following"]).optional(),
});
export type CancelActivityInput = z.output<typeof cancelActivitySchema>;

/** POST /api/v1/activities/{id}/attendance — one or more marks; each is saved as given. */
export const attendanceSchema = z.strictObject({
  marks: z
    .array(z.strictObject({ signupId: id, attended: z.boolean() }))
    .min(1)
    .max(500),
});
export type AttendanceInput = z.output<typeof attendanceSchema>;

/** POST /api/v1/activities/{id}/feedback — once, by a resident who attended. */
export const feedbackSchema = z.strictObject({
  rating: z.number().int().min(1).max(5),
  comment: text(500).optional(),
});
export type FeedbackInput = z.output<typeof feedbackSchema>;

/** The empty body of sign-up and cancel-sign-up (unknown fields are refused, as everywhere). */
export const emptySchema = z.strictObject({});

/** GET /api/v1/activities — `from`/`to` local dates (inclusive); `mine=1` for a teacher's own. */
export const listActivitiesQuerySchema = z.strictObject({
  from: localDateSchema.optional(),
  to: localDateSchema.optional(),
  scope: z.enum(["upcoming", "past", "all"]).optional(),
  mine: z.enum(["1"]).optional(),
  status: z.enum(ACTIVITY_STATUSES).optional(),
  type: z.enum(ACTIVITY_TYPES).optional(),
  q: z.string().trim().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  cursor: z.string().max(40).optional(),
});
export type ListActivitiesQuery = z.output<typeof listActivitiesQuerySchema>;

// ——— The staff form: a date and clock times in centre time, turned into the API's input. ———

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, t("field.invalidTime"));
const optionalClock = z.union([clock, z.literal("")]);
const optionalDate = z.union([localDateSchema, z.literal("")]);
const idString = z.string().regex(/^\d{1,10}$/, t("field.required")).transform(Number);
const idList = z.preprocess((v) => (Array.isArray(v) ? v : typeof v === "string" && v ? [v] : []), z.array(z.string().regex(/^\d{1,10}$/)).max(10)).transform((xs) => xs.map(Number));

const at = (date: string, time: string) => parseLocalDateTime(`${date}T${time}`);

const formFields = {
  title: titleSchema,
  description: text(2000),
  type: z.enum(ACTIVITY_TYPES),
  roomId: idString,
  date: localDateSchema,
  startTime: clock,
  endTime: clock,
  capacity: capacitySchema,
  audience: text(100),
  deadlineDate: optionalDate,
  deadlineTime: optionalClock,
  teacherIds: idList,
};

type FormTimes = { date: string; startTime: string; endTime: string; deadlineDate: string; deadlineTime: string };

function formTimes(v: FormTimes) {
  const startAt = at(v.date, v.startTime)!;
  const endAt = at(v.date, v.endTime)!;
  const signupDeadline = v.deadlineDate ? at(v.deadlineDate, v.deadlineTime || "23:59") : null;
  return { startAt, endAt, signupDeadline };
}

function checkFormTimes(v: FormTimes, c: z.RefinementCtx) {
  const { startAt, endAt, signupDeadline } = formTimes(v);
  if (endAt.getTime() <= startAt.getTime()) c.addIssue({ code: "custom", path: ["endTime"], message: t("rooms.error.endBeforeStart") });
  if (signupDeadline && signupDeadline.getTime() > startAt.getTime()) c.addIssue({ code: "custom", path: ["deadlineDate"], message: t("activities.error.deadlineAfterStart") });
}

/** 新建活动 form: the same rules as the API, with the time typed as a date and clock times. */
export const createActivityFormSchema = z
  .strictObject({
    ...formFields,
    repeat: z.boolean(),
    repeatCount: z.number().int().min(2).max(52).or(z.nan()),
    requestKey: requestKeySchema,
  })
  .superRefine((v, c) => {
    checkFormTimes(v, c);
    if (v.repeat && Number.isNaN(v.repeatCount)) c.addIssue({ code: "custom", path: ["repeatCount"], message: t("activities.error.repeatNeedsCount") });
  })
  .transform(
    (v): CreateActivityInput => {
      const { startAt, endAt, signupDeadline } = formTimes(v);
      return {
        title: v.title,
        description: v.description || undefined,
        type: v.type,
        roomId: v.roomId,
        startAt,
        endAt,
        capacity: v.capacity,
        audience: v.audience || undefined,
        signupDeadline: signupDeadline ?? undefined,
        teacherIds: v.teacherIds,
        repeat: v.repeat ? { count: v.repeatCount } : undefined,
        requestKey: v.requestKey,
      };
    },
  );
export type CreateActivityFormValues = z.input<typeof createActivityFormSchema>;

/** 修改活动 form: every field, saved as a whole. */
export const updateActivityFormSchema = z
  .strictObject({ ...formFields, signupsClosed: z.boolean() })
  .superRefine(checkFormTimes)
  .transform((v): UpdateActivityInput => {
    const { startAt, endAt, signupDeadline } = formTimes(v);
    return {
      title: v.title,
      description: v.description,
      type: v.type,
      roomId: v.roomId,
      startAt,
      endAt,
      capacity: v.capacity,
      audience: v.audience,
      signupDeadline,
      teacherIds: v.teacherIds,
      signupsClosed: v.signupsClosed,
    };
  });
export type UpdateActivityFormValues = z.input<typeof updateActivityFormSchema>;
