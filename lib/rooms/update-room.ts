import { and, eq, gt } from "drizzle-orm";
import { reservations, rooms } from "@/db/schema";
import { auditAs } from "../audit/audit";
import type { Ctx } from "../context";
import { appError, forbidden, notFound } from "../errors";
import { t } from "../i18n/messages";
import { formatShortDate, formatTime } from "../time";
import { liveCondition, peakPlaces } from "./engine";
import { canManageRooms } from "./policy";
import type { UpdateRoomInput } from "./schemas";

const FIELDS = ["name", "description", "icon", "mode", "capacity", "residentBookable", "staffRequired", "openingHours", "minMinutes", "maxMinutes", "active"] as const;

/**
 * The admin's room settings. A smaller capacity, or a switch to exclusive use, is refused while
 * bookings already made would break it: the invariant holds for the future as well as for new bookings.
 */
export function updateRoom(ctx: Ctx, id: number, input: UpdateRoomInput): void {
  if (!canManageRooms(ctx.actor)) throw forbidden();
  ctx.db.transaction(
    () => {
      const before = ctx.db.select().from(rooms).where(eq(rooms.id, id)).get();
      if (!before) throw notFound(t("rooms.error.unknownRoom"));
      const tighter = input.capacity < before.capacity || (input.mode === "exclusive" && before.mode === "shared");
      if (tighter) {
        const future = ctx.db
          .select({ startAt: reservations.startAt, endAt: reservations.endAt, places: reservations.places })
          .from(reservations)
          .where(and(eq(reservations.roomId, id), liveCondition(ctx.now), gt(reservations.endAt, ctx.now)))
          .all();
        const horizon = new Date(Math.max(ctx.now.getTime(), ...future.map((r) => r.endAt.getTime())));
        if (input.mode === "exclusive") {
          const { peak, at } = peakPlaces(future.map((r) => ({ ...r, places: 1 })), ctx.now, horizon);
          if (peak > 1 && at) throw appError("conflict", t("rooms.error.modeBelowBookings", { at: `${formatShortDate(at)} ${formatTime(at)}` }));
        } else {
          const { peak, at } = peakPlaces(future, ctx.now, horizon);
          if (peak > input.capacity && at) {
            throw appError("conflict", t("rooms.error.capacityBelowBookings", { at: `${formatShortDate(at)} ${formatTime(at)}`, used: peak, capacity: input.capacity }));
          }
        }
      }
      ctx.db
        .update(rooms)
        .set({ ...input, description: input.description || null, icon: input.icon || null })
        .where(eq(rooms.id, id))
        .run();
      const changed = FIELDS.filter((f) => JSON.stringify(before[f] ?? "") !== JSON.stringify(input[f] ?? ""));
      auditAs(ctx, {
        action: "room.update",
        entityType: "room",
        entityId: id,
        details: { changed: [...changed] },
      });
    },
    { behavior: "immediate" },
  );
}
