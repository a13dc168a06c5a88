import { and, eq, gt, lt } from "drizzle-orm";
import { reservations, roomBlackouts } from "@/db/schema";
import { auditAs } from "../audit/audit";
import type { Ctx } from "../context";
import { appError, forbidden } from "../errors";
import { t } from "../i18n/messages";
import { liveCondition, loadRoom } from "./engine";
import { canManageRooms } from "./policy";
import type { AddBlackoutInput } from "./schemas";

export interface AddBlackoutResult {
  id: number;
  /** Live reservations inside the new blackout: they stand until someone moves or cancels them. */
  affectedReservationIds: number[];
}

/** Closes one room, or every room, for a period (maintenance, holidays); new bookings there are refused. */
export function addBlackout(ctx: Ctx, input: AddBlackoutInput): AddBlackoutResult {
  if (!canManageRooms(ctx.actor)) throw forbidden();
  if (input.endAt.getTime() <= ctx.now.getTime()) throw appError("validation", t("rooms.error.blackoutPast"), { endAt: [t("rooms.error.blackoutPast")] });
  return ctx.db.transaction(
    () => {
      const roomId = input.roomId ?? null;
      if (roomId !== null) loadRoom(ctx, roomId);
      const { id } = ctx.db
        .insert(roomBlackouts)
        .values({ roomId, startAt: input.startAt, endAt: input.endAt, reason: input.reason, createdBy: ctx.actor.userId, createdAt: ctx.now })
        .returning({ id: roomBlackouts.id })
        .get();
      const affected = ctx.db
        .select({ id: reservations.id })
        .from(reservations)
        .where(and(roomId === null ? undefined : eq(reservations.roomId, roomId), liveCondition(ctx.now), lt(reservations.startAt, input.endAt), gt(reservations.endAt, input.startAt)))
        .all()
        .map((r) => r.id);
      auditAs(ctx, {
        action: "room.blackout_add",
        entityType: "room_blackout",
        entityId: id,
        details: { roomId, affected: affected.length },
      });
      return { id, affectedReservationIds: affected };
    },
    { behavior: "immediate" },
  );
}
