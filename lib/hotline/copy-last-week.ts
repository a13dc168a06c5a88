import { and, eq } from "drizzle-orm";
import { hotlineShifts } from "@/db/schema";
import type { Ctx } from "../context";
import { forbidden } from "../errors";
import { addLocalDays, parseLocalDate, startOfLocalWeek } from "../time";
import { auditHotline, shiftsOverlapping, warningsFor, writeShiftStaff } from "./internal";
import { canManageRoster, type RosterWarning } from "./policy";
import type { CopyWeekInput } from "./schemas";

/**
 * Copies the shifts that start in the week before the target week, one week later, with the same
 * staff. A shift already present at the same times is skipped, so copying twice adds nothing.
 */
export function copyLastWeek(ctx: Ctx, input: CopyWeekInput): { created: number; skipped: number; warnings: RosterWarning[] } {
  if (!canManageRoster(ctx.actor)) throw forbidden();
  const target = startOfLocalWeek(parseLocalDate(input.week)!);
  const source = addLocalDays(target, -7);
  return ctx.db.transaction(
    () => {
      const shifts = shiftsOverlapping(ctx.db, source, target).filter((s) => s.startAt >= source);
      const createdIds: number[] = [];
      let skipped = 0;
      for (const s of shifts) {
        const startAt = addLocalDays(s.startAt, 7);
        const endAt = addLocalDays(s.endAt, 7);
        const exists = ctx.db
          .select({ id: hotlineShifts.id })
          .from(hotlineShifts)
          .where(and(eq(hotlineShifts.startAt, startAt), eq(hotlineShifts.endAt, endAt)))
          .get();
        if (exists) {
          skipped++;
          continue;
        }
        const { id } = ctx.db
          .insert(hotlineShifts)
          .values({ startAt, endAt, notes: s.notes, createdBy: ctx.actor.userId, createdAt: ctx.now, updatedAt: ctx.now })
          .returning({ id: hotlineShifts.id })
          .get();
        writeShiftStaff(ctx, id, s.staff.map((p) => p.id));
        createdIds.push(id);
      }
      auditHotline(ctx, "hotline.roster_copy_week", "hotline_roster", null, { week: input.week, created: createdIds.length, skipped });
      return { created: createdIds.length, skipped, warnings: warningsFor(ctx, createdIds, target, addLocalDays(target, 7)) };
    },
    { behavior: "immediate" },
  );
}
