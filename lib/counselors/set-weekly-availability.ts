import { eq } from "drizzle-orm";
import { availabilityRules } from "@/db/schema";
import type { Ctx } from "../context";
import { assertEditable, auditCounselor } from "./internal";
import type { SetWeeklyAvailabilityInput } from "./schemas";

/**
 * Replaces a counsellor's weekly availability (own; admin any). Sessions already booked stay as
 * they are; only new bookings follow the new pattern.
 */
export function setWeeklyAvailability(ctx: Ctx, counselorId: number, input: SetWeeklyAvailabilityInput): { count: number } {
  return ctx.db.transaction(
    () => {
      assertEditable(ctx, counselorId);
      ctx.db.delete(availabilityRules).where(eq(availabilityRules.counselorId, counselorId)).run();
      if (input.rules.length) {
        ctx.db
          .insert(availabilityRules)
          .values(
            input.rules.map((r) => ({
              counselorId,
              weekday: r.weekday,
              startMinute: r.startMinute,
              endMinute: r.endMinute,
              validFrom: r.validFrom ?? null,
              validTo: r.validTo ?? null,
              createdAt: ctx.now,
              createdBy: ctx.actor.userId,
            })),
          )
          .run();
      }
      auditCounselor(ctx, "counselor.availability_set", counselorId, { rules: input.rules.length });
      return { count: input.rules.length };
    },
    { behavior: "immediate" },
  );
}
