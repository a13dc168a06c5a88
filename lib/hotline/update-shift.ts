import { eq } from "drizzle-orm";
import { hotlineShifts } from "@/db/schema";
import type { Ctx } from "../context";
import { forbidden, notFound } from "../errors";
import { assertHotlineStaff, auditHotline, warningsFor, writeShiftStaff } from "./internal";
import { canManageRoster, type RosterWarning } from "./policy";
import type { ShiftInput } from "./schemas";

/** Admin changes a shift's times, staff or notes (a full replacement). */
export function updateShift(ctx: Ctx, id: number, input: ShiftInput): { id: number; warnings: RosterWarning[] } {
  if (!canManageRoster(ctx.actor)) throw forbidden();
  return ctx.db.transaction(
    () => {
      const found = ctx.db.select({ id: hotlineShifts.id }).from(hotlineShifts).where(eq(hotlineShifts.id, id)).get();
      if (!found) throw notFound();
      assertHotlineStaff(ctx, input.staffIds);
      ctx.db
        .update(hotlineShifts)
        .set({ startAt: input.startAt, endAt: input.endAt, notes: input.notes || null, updatedAt: ctx.now })
        .where(eq(hotlineShifts.id, id))
        .run();
      writeShiftStaff(ctx, id, input.staffIds);
      auditHotline(ctx, "hotline.shift_update", "hotline_shift", id, { staffIds: input.staffIds });
      return { id, warnings: warningsFor(ctx, [id], input.startAt, input.endAt) };
    },
    { behavior: "immediate" },
  );
}
