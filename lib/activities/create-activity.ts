import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { activities, rooms } from "@/db/schema";
import { hasRole } from "../auth/actor";
import type { Ctx } from "../context";
import { appError, forbidden } from "../errors";
import { t } from "../i18n/messages";
import { problemError, reserveInTransaction, shapeProblem, slotProblem, loadRoom } from "../rooms/engine";
import { weeklyOccurrences } from "../rooms/reserve-series";
import { formatShortDate, formatTime } from "../time";
import { auditActivity, resolveTeachers, setTeachers } from "./internal";
import { canCreateActivity } from "./policy";
import type { CreateActivityInput } from "./schemas";

export interface CreatedActivity {
  id: number;
  reservationId: number;
  startAt: Date;
  endAt: Date;
}

export interface CreateActivityResult {
  activities: CreatedActivity[];
  seriesId: string | null;
  /** True when a repeated submit (same request key) returned what the first one created. */
  replayed: boolean;
}

const when = (o: { startAt: Date; endAt: Date }) => `${formatShortDate(o.startAt)} ${formatTime(o.startAt)}–${formatTime(o.endAt)}`;

/**
 * A teacher (or the admin) creates an activity and books its room through the engine in the same
 * immediate transaction: both commit or neither. With `repeat` every weekly occurrence is checked
 * first; if any is taken nothing is saved (409, fieldErrors "occurrences.<n>"). In a shared room
 * the group takes the whole room.
 */
export function createActivity(ctx: Ctx, input: CreateActivityInput): CreateActivityResult {
  if (!canCreateActivity(ctx.actor)) throw forbidden();
  const planned = input.repeat ? weeklyOccurrences(input.startAt, input.endAt, input.repeat) : [{ startAt: input.startAt, endAt: input.endAt }];
  const deadlineLead = input.startAt.getTime() - (input.signupDeadline ?? input.startAt).getTime();
  return ctx.db.transaction(
    () => {
      if (input.requestKey) {
        const previous = ctx.db
          .select({ id: activities.id, seriesId: activities.seriesId })
          .from(activities)
          .where(and(eq(activities.createdBy, ctx.actor.userId), eq(activities.requestKey, input.requestKey)))
          .get();
        if (previous) return replay(ctx, previous);
      }
      const exists = ctx.db.select({ id: rooms.id }).from(rooms).where(eq(rooms.id, input.roomId)).get();
      if (!exists) throw appError("validation", t("rooms.error.unknownRoom"), { roomId: [t("rooms.error.unknownRoom")] });
      const room = loadRoom(ctx, input.roomId);
      const places = room.mode === "exclusive" ? 1 : room.capacity;
      const teacherIds = resolveTeachers(ctx, input.teacherIds, hasRole(ctx.actor, "teacher") ? [ctx.actor.userId] : []);

      const shape = shapeProblem(room, input.startAt, input.endAt, places, ctx.now);
      if (shape) throw problemError(shape);
      const problems = planned.map((o, index) => ({ index, o, p: slotProblem(ctx, room, o.startAt, o.endAt, places) })).filter((x) => x.p);
      if (problems.length === 1 && planned.length === 1) throw problemError(problems[0].p!);
      if (problems.length) {
        const fieldErrors = Object.fromEntries(problems.map((x) => [`occurrences.${x.index}`, [`${when(x.o)}：${x.p!.message}`]]));
        throw appError("conflict", t("activities.error.seriesConflicts", { count: problems.length }), fieldErrors);
      }

      const seriesId = planned.length > 1 ? randomUUID() : null;
      const created: CreatedActivity[] = planned.map((o, i) => {
        const { id } = ctx.db
          .insert(activities)
          .values({
            title: input.title,
            description: input.description || null,
            type: input.type ?? "other",
            roomId: room.id,
            seriesId,
            startAt: o.startAt,
            endAt: o.endAt,
            capacity: input.capacity,
            audience: input.audience || null,
            signupDeadline: new Date(o.startAt.getTime() - deadlineLead),
            status: "open",
            requestKey: i === 0 ? (input.requestKey ?? null) : null,
            createdBy: ctx.actor.userId,
            createdAt: ctx.now,
          })
          .returning({ id: activities.id })
          .get();
        const r = reserveInTransaction(ctx, {
          roomId: room.id,
          startAt: o.startAt,
          endAt: o.endAt,
          purpose: "activity",
          title: input.title,
          places,
          seriesId,
          sourceType: "activity",
          sourceId: id,
        });
        ctx.db.update(activities).set({ reservationId: r.id }).where(eq(activities.id, id)).run();
        setTeachers(ctx, id, teacherIds);
        auditActivity(ctx, "activity.create", "activity", id, { roomId: room.id, reservationId: r.id, capacity: input.capacity, seriesId, teachers: teacherIds });
        return { id, reservationId: r.id, startAt: o.startAt, endAt: o.endAt };
      });
      return { activities: created, seriesId, replayed: false };
    },
    { behavior: "immediate" },
  );
}

function replay(ctx: Ctx, previous: { id: number; seriesId: string | null }): CreateActivityResult {
  const rows = ctx.db
    .select({ id: activities.id, reservationId: activities.reservationId, startAt: activities.startAt, endAt: activities.endAt })
    .from(activities)
    .where(previous.seriesId ? eq(activities.seriesId, previous.seriesId) : eq(activities.id, previous.id))
    .orderBy(asc(activities.startAt))
    .all();
  return { activities: rows.map((r) => ({ ...r, reservationId: r.reservationId ?? 0 })), seriesId: previous.seriesId, replayed: true };
}
