import { eq } from "drizzle-orm";
import { activities, reservations } from "@/db/schema";
import { hasRole } from "../auth/actor";
import type { Ctx } from "../context";
import { appError } from "../errors";
import { t } from "../i18n/messages";
import { cancelInTransaction, isLive, loadRoom, reserveInTransaction } from "../rooms/engine";
import {
  activeSignupResidents,
  auditActivity,
  loadForManage,
  messageResident,
  promoteWaitlisted,
  resolveTeachers,
  setTeachers,
  signupCounts,
  syncStatus,
} from "./internal";
import type { UpdateActivityInput } from "./schemas";

/**
 * A teacher of the activity (or the admin) changes it before it starts. New times or another room
 * give up the old reservation and book the new one through the engine in the same transaction (a
 * clash rolls everything back: 409). More places promote the waitlist; fewer than those already
 * registered is refused. Residents signed up are told when the time or room changes.
 */
export function updateActivity(ctx: Ctx, id: number, input: UpdateActivityInput): { id: number; moved: boolean } {
  return ctx.db.transaction(
    () => {
      const { activity: a, teacherIds } = loadForManage(ctx, id);
      if (a.status === "cancelled") throw appError("conflict", t("activities.error.alreadyCancelled"));
      if (ctx.now.getTime() >= a.startAt.getTime()) throw appError("conflict", t("activities.error.started"));

      const startAt = input.startAt ?? a.startAt;
      const endAt = input.endAt ?? a.endAt;
      const roomId = input.roomId ?? a.roomId;
      const moved = startAt.getTime() !== a.startAt.getTime() || endAt.getTime() !== a.endAt.getTime() || roomId !== a.roomId;
      let reservationId = a.reservationId;
      if (moved) {
        const room = loadRoom(ctx, roomId);
        const old = a.reservationId ? ctx.db.select().from(reservations).where(eq(reservations.id, a.reservationId)).get() : undefined;
        if (old && isLive(old, ctx.now)) cancelInTransaction(ctx, old.id, { reason: t("activities.detail.edit") });
        reservationId = reserveInTransaction(ctx, {
          roomId,
          startAt,
          endAt,
          purpose: "activity",
          title: input.title ?? a.title,
          places: room.mode === "exclusive" ? 1 : room.capacity,
          seriesId: a.seriesId,
          sourceType: "activity",
          sourceId: a.id,
        }).id;
      }

      const capacity = input.capacity ?? a.capacity;
      const { registered } = signupCounts(ctx, a.id);
      if (capacity < registered) {
        const message = t("activities.error.capacityBelowRegistered", { registered });
        throw appError("conflict", message, { capacity: [message] });
      }

      // Unchanged deadline that now falls after a moved start: the start becomes the deadline.
      let signupDeadline = input.signupDeadline === null ? startAt : (input.signupDeadline ?? a.signupDeadline);
      if (input.signupDeadline === undefined && signupDeadline.getTime() > startAt.getTime()) signupDeadline = startAt;
      if (signupDeadline.getTime() > startAt.getTime()) {
        throw appError("validation", t("activities.error.deadlineAfterStart"), { signupDeadline: [t("activities.error.deadlineAfterStart")] });
      }

      let status = a.status;
      if (input.signupsClosed === true) status = "closed";
      if (input.signupsClosed === false && status === "closed") status = "open";

      ctx.db
        .update(activities)
        .set({
          title: input.title ?? a.title,
          description: input.description === undefined ? a.description : input.description || null,
          type: input.type ?? a.type,
          audience: input.audience === undefined ? a.audience : input.audience || null,
          roomId,
          startAt,
          endAt,
          reservationId,
          capacity,
          signupDeadline,
          status,
          updatedAt: ctx.now,
        })
        .where(eq(activities.id, a.id))
        .run();

      let teachers = teacherIds;
      if (input.teacherIds) {
        teachers = resolveTeachers(ctx, input.teacherIds, hasRole(ctx.actor, "admin") ? [] : [ctx.actor.userId]);
        setTeachers(ctx, a.id, teachers);
      }
      if (capacity > a.capacity) promoteWaitlisted(ctx, a.id);
      syncStatus(ctx, a.id);
      if (moved) for (const s of activeSignupResidents(ctx, a.id)) messageResident(ctx, s.residentId, "activity_changed", a.id);
      auditActivity(ctx, "activity.update", "activity", a.id, {
        fields: Object.keys(input).sort(),
        moved,
        reservationId,
        capacity,
        teachers,
      });
      return { id: a.id, moved };
    },
    { behavior: "immediate" },
  );
}
