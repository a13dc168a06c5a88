import { hotlineShifts } from "@/db/schema";
import type { Ctx } from "../context";
import { forbidden } from "../errors";
import { assertHotlineStaff, auditHotline, warningsFor, writeShiftStaff } from "./internal";
import { canManageRoster, type RosterWarning } from "./policy";
import type { ShiftInput } from "./schemas";

/** Admin adds a shift. Too few staff or a double-booked person is a warning, not a refusal. */
export function createShift(ctx: Ctx, input: ShiftInput): { id: number; warnings: RosterWarning[] } {
  if (!canManageRoster(ctx.actor)) throw forbidden();
  return ctx.db.transaction(
    () => {
      assertHotlineStaff(ctx, input.staffIds);
      const { id } = ctx.db
        .insert(hotlineShifts)
        .values({ startAt: input.startAt, endAt: input.endAt, notes: input.notes || null, createdBy: ctx.actor.userId, createdAt: ctx.now, updatedAt: ctx.now })
        .returning({ id: hotlineShifts.id })
        .get();
      writeShiftStaff(ctx, id, input.staffIds);
      auditHotline(ctx, "hotline.shift_create", "hotline_shift", id, { staffIds: input.staffIds });
      return { id, warnings: warningsFor(ctx, [id], input.startAt, input.endAt) };
    },
    { behavior: "immediate" },
  );
}
