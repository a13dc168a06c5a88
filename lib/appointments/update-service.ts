import { eq } from "drizzle-orm";
import { services } from "@/db/schema";
import { hasRole } from "../auth/actor";
import type { Ctx } from "../context";
import { forbidden, notFound } from "../errors";
import { assertServiceRooms, assertUniqueName } from "./create-service";
import { auditAppointment } from "./internal";
import type { ServiceInput } from "./schemas";

/**
 * Changes a service (admin). Existing appointments keep their times; a new duration or room list
 * applies to bookings from now on.
 */
export function updateService(ctx: Ctx, id: number, input: ServiceInput): { id: number } {
  if (!hasRole(ctx.actor, "admin")) throw forbidden();
  return ctx.db.transaction(
    () => {
      const existing = ctx.db.select({ id: services.id }).from(services).where(eq(services.id, id)).get();
      if (!existing) throw notFound();
      assertUniqueName(ctx, input.name, id);
      assertServiceRooms(ctx, input.roomIds);
      ctx.db
        .update(services)
        .set({
          name: input.name,
          description: input.description || null,
          durationMinutes: input.durationMinutes,
          roomIds: [...new Set(input.roomIds)],
          requiredSpecialty: input.requiredSpecialty || null,
          active: input.active ?? true,
          updatedAt: ctx.now,
        })
        .where(eq(services.id, id))
        .run();
      auditAppointment(ctx, "service.update", id, { durationMinutes: input.durationMinutes, roomIds: input.roomIds, active: input.active ?? true }, { entityType: "service" });
      return { id };
    },
    { behavior: "immediate" },
  );
}
