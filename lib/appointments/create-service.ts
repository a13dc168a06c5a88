import { eq, inArray, max } from "drizzle-orm";
import { rooms, services } from "@/db/schema";
import { hasRole } from "../auth/actor";
import type { Ctx } from "../context";
import { appError, forbidden } from "../errors";
import { t } from "../i18n/messages";
import { auditAppointment } from "./internal";
import type { ServiceInput } from "./schemas";

export function assertServiceRooms(ctx: Ctx, roomIds: number[]): void {
  const found = ctx.db.select({ id: rooms.id }).from(rooms).where(inArray(rooms.id, roomIds)).all();
  if (found.length !== new Set(roomIds).size) throw appError("validation", undefined, { roomIds: [t("appointments.error.unknownRoom")] });
}

export function assertUniqueName(ctx: Ctx, name: string, exceptId?: number): void {
  const other = ctx.db.select({ id: services.id }).from(services).where(eq(services.name, name)).get();
  if (other && other.id !== exceptId) throw appError("validation", undefined, { name: [t("appointments.error.serviceNameTaken")] });
}

/** A new service in the catalogue (admin). */
export function createService(ctx: Ctx, input: ServiceInput): { id: number } {
  if (!hasRole(ctx.actor, "admin")) throw forbidden();
  return ctx.db.transaction(
    () => {
      assertUniqueName(ctx, input.name);
      assertServiceRooms(ctx, input.roomIds);
      const order = (ctx.db.select({ m: max(services.sortOrder) }).from(services).get()?.m ?? 0) + 1;
      const { id } = ctx.db
        .insert(services)
        .values({
          name: input.name,
          description: input.description || null,
          durationMinutes: input.durationMinutes,
          roomIds: [...new Set(input.roomIds)],
          requiredSpecialty: input.requiredSpecialty || null,
          active: input.active ?? true,
          sortOrder: order,
          createdAt: ctx.now,
        })
        .returning({ id: services.id })
        .get();
      auditAppointment(ctx, "service.create", id, { durationMinutes: input.durationMinutes, roomIds: input.roomIds }, { entityType: "service" });
      return { id };
    },
    { behavior: "immediate" },
  );
}
