import { and, asc, eq, gt, gte, inArray, ne } from "drizzle-orm";
import { activities, activitySignups, reservations } from "@/db/schema";
import type { Ctx } from "../context";
import { appError } from "../errors";
import { t } from "../i18n/messages";
import { cancelInTransaction, isLive } from "../rooms/engine";
import { activeSignupResidents, auditActivity, loadForManage, messageResident, teacherIdsOf } from "./internal";
import { canManageActivity } from "./policy";
import type { CancelActivityInput } from "./schemas";

/**
 * A teacher of the activity (or the admin) cancels it before it starts: the room is freed through
 * the engine, every registered and waitlisted resident loses the place and is told. `following`
 * also cancels the later occurrences of its weekly series that this caller runs. Cancelling a
 * cancelled activity is a no-op.
 */
export function cancelActivity(ctx: Ctx, id: number, input: CancelActivityInput = {}): { cancelledIds: number[] } {
  return ctx.db.transaction(
    () => {
      const { activity: a } = loadForManage(ctx, id);
      if (a.status === "cancelled") return { cancelledIds: [] };
      if (ctx.now.getTime() >= a.startAt.getTime()) throw appError("conflict", t("activities.error.started"));
      let targets = [a];
      if (input.scope === "following" && a.seriesId) {
        targets = ctx.db
          .select()
          .from(activities)
          .where(and(eq(activities.seriesId, a.seriesId), ne(activities.status, "cancelled"), gte(activities.startAt, a.startAt), gt(activities.startAt, ctx.now)))
          .orderBy(asc(activities.startAt))
          .all()
          .filter((x) => x.id === a.id || canManageActivity(ctx.actor, teacherIdsOf(ctx, x.id)));
      }
      for (const x of targets) {
        const r = x.reservationId ? ctx.db.select().from(reservations).where(eq(reservations.id, x.reservationId)).get() : undefined;
        if (r && isLive(r, ctx.now)) cancelInTransaction(ctx, r.id, { reason: input.reason });
        const told = activeSignupResidents(ctx, x.id);
        if (told.length) {
          ctx.db
            .update(activitySignups)
            .set({ status: "cancelled", position: null, cancelledAt: ctx.now })
            .where(inArray(activitySignups.id, told.map((s) => s.signupId)))
            .run();
        }
        ctx.db
          .update(activities)
          .set({ status: "cancelled", cancelledAt: ctx.now, cancelledBy: ctx.actor.userId, cancelReason: input.reason || null, updatedAt: ctx.now })
          .where(eq(activities.id, x.id))
          .run();
        for (const s of told) messageResident(ctx, s.residentId, "activity_cancelled", x.id);
        auditActivity(ctx, "activity.cancel", "activity", x.id, { scope: input.scope ?? "one", signupsCancelled: told.length, hadReason: Boolean(input.reason) });
      }
      return { cancelledIds: targets.map((x) => x.id) };
    },
    { behavior: "immediate" },
  );
}
