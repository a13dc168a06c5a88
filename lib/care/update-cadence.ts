import { eq } from "drizzle-orm";
import { carePersons, careSettings, RISK_COLORS } from "@/db/schema";
import { assertRole } from "../auth/actor";
import type { Ctx } from "../context";
import { auditCare, refreshSchedule } from "./internal";
import type { CadenceInput } from "./schemas";
import type { Cadence } from "./schedule";

/** Admin sets the visit cadence per colour; every active person's due date is recomputed at once. */
export function updateCadence(ctx: Ctx, input: CadenceInput): { cadence: Cadence; recomputed: number } {
  assertRole(ctx.actor, "admin");
  return ctx.db.transaction(
    () => {
      for (const color of RISK_COLORS) {
        ctx.db
          .insert(careSettings)
          .values({ color, cadenceDays: input[color], updatedAt: ctx.now, updatedBy: ctx.actor.userId })
          .onConflictDoUpdate({ target: careSettings.color, set: { cadenceDays: input[color], updatedAt: ctx.now, updatedBy: ctx.actor.userId } })
          .run();
      }
      const cadence: Cadence = { red: input.red, yellow: input.yellow, green: input.green };
      const active = ctx.db.select({ id: carePersons.id }).from(carePersons).where(eq(carePersons.status, "active")).all();
      for (const p of active) refreshSchedule(ctx, p.id, cadence);
      auditCare(ctx, "care.settings.update", null, { red: input.red, yellow: input.yellow, green: input.green }, "care_settings");
      return { cadence, recomputed: active.length };
    },
    { behavior: "immediate" },
  );
}
