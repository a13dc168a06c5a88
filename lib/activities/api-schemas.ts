import { ACTIVITY_STATUSES, ACTIVITY_TYPES, SIGNUP_STATUSES } from "@/db/schema";
import { toIsoLocal } from "../time";
import { z } from "../zod";
import type { CreateActivityResult } from "./create-activity";
import type { ActivityDetail, ActivitySummary, Roster, RosterRow } from "./queries";

const iso = () => z.string().meta({ description: "ISO 8601 with +08:00" });

const mySignupSchema = z
  .object({ status: z.enum(SIGNUP_STATUSES), waitlistPosition: z.number().int().nullable(), rating: z.number().int().nullable() })
  .nullable()
  .meta({ description: "the caller's own sign-up (residents); null when none" });

export const activityJsonSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    type: z.enum(ACTIVITY_TYPES),
    roomId: z.number().int(),
    roomName: z.string(),
    startAt: iso(),
    endAt: iso(),
    signupDeadline: iso(),
    capacity: z.number().int(),
    registered: z.number().int(),
    waitlisted: z.number().int(),
    status: z.enum(ACTIVITY_STATUSES).meta({ description: "closed also once the sign-up deadline has passed" }),
    ended: z.boolean(),
    seriesId: z.string().nullable(),
    teachers: z.array(z.object({ id: z.number().int(), name: z.string() })),
    mySignup: mySignupSchema,
  })
  .meta({ id: "Activity" });

export const activityDetailJsonSchema = activityJsonSchema
  .extend({ description: z.string().nullable(), audience: z.string().nullable(), cancelledAt: iso().nullable() })
  .meta({ id: "ActivityDetail" });

export const activityJson = (a: ActivitySummary) => ({
  id: a.id,
  title: a.title,
  type: a.type,
  roomId: a.roomId,
  roomName: a.roomName,
  startAt: toIsoLocal(a.startAt),
  endAt: toIsoLocal(a.endAt),
  signupDeadline: toIsoLocal(a.signupDeadline),
  capacity: a.capacity,
  registered: a.registered,
  waitlisted: a.waitlisted,
  status: a.status,
  ended: a.ended,
  seriesId: a.seriesId,
  teachers: a.teachers,
  mySignup: a.mySignup ? { status: a.mySignup.status, waitlistPosition: a.mySignup.waitlistPosition, rating: a.mySignup.rating } : null,
});

export const activityDetailJson = (a: ActivityDetail) => ({
  ...activityJson(a),
  description: a.description,
  audience: a.audience,
  cancelledAt: a.cancelledAt ? toIsoLocal(a.cancelledAt) : null,
});

export const createdActivityJsonSchema = activityDetailJsonSchema
  .extend({
    reservationId: z.number().int(),
    occurrences: z.array(z.object({ id: z.number().int(), reservationId: z.number().int(), startAt: iso(), endAt: iso() })).meta({ description: "every weekly occurrence (one when not repeated)" }),
  })
  .meta({ id: "CreatedActivity" });

export const createdActivityJson = (first: ActivityDetail, result: CreateActivityResult) => ({
  ...activityDetailJson(first),
  reservationId: result.activities[0].reservationId,
  occurrences: result.activities.map((o) => ({ id: o.id, reservationId: o.reservationId, startAt: toIsoLocal(o.startAt), endAt: toIsoLocal(o.endAt) })),
});

const rosterRowSchema = z.object({
  signupId: z.number().int(),
  name: z.string(),
  maskedPhone: z.string().nullable(),
  status: z.enum(SIGNUP_STATUSES),
  waitlistPosition: z.number().int().nullable(),
  signedUpAt: iso(),
  promoted: z.boolean(),
});

export const rosterJsonSchema = z
  .object({
    registered: z.array(rosterRowSchema),
    waitlist: z.array(rosterRowSchema),
    cancelled: z.array(rosterRowSchema),
    feedback: z.object({
      average: z.number().nullable(),
      count: z.number().int(),
      comments: z.array(z.object({ rating: z.number().int(), comment: z.string(), at: iso() })),
    }),
  })
  .meta({ id: "ActivityRoster" });

const rosterRowJson = (r: RosterRow) => ({ ...r, signedUpAt: toIsoLocal(r.signedUpAt) });

export const rosterJson = (r: Roster) => ({
  registered: r.registered.map(rosterRowJson),
  waitlist: r.waitlist.map(rosterRowJson),
  cancelled: r.cancelled.map(rosterRowJson),
  feedback: { ...r.feedback, comments: r.feedback.comments.map((c) => ({ ...c, at: toIsoLocal(c.at) })) },
});

export const signupResultJsonSchema = z
  .object({ status: z.enum(["registered", "waitlisted"]), waitlistPosition: z.number().int().nullable() })
  .meta({ id: "SignupResult" });
