import { eq } from "drizzle-orm";
import { roomBlackouts } from "@/db/schema";
import { auditAs } from "../audit/audit";
import type { Ctx } from "../context";
import { forbidden, notFound } from "../errors";
import { canManageRooms } from "./policy";

/** Lifts a blackout: its time can be booked again. */
export function removeBlackout(ctx: Ctx, id: number): void {
  if (!canManageRooms(ctx.actor)) throw forbidden();
  ctx.db.transaction(
    () => {
      const row = ctx.db.select({ id: roomBlackouts.id, roomId: roomBlackouts.roomId }).from(roomBlackouts).where(eq(roomBlackouts.id, id)).get();
      if (!row) throw notFound();
      ctx.db.delete(roomBlackouts).where(eq(roomBlackouts.id, id)).run();
      auditAs(ctx, {
        action: "room.blackout_remove",
        entityType: "room_blackout",
        entityId: id,
        details: { roomId: row.roomId },
      });
    },
    { behavior: "immediate" },
  );
}
