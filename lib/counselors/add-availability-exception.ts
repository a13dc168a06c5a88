import { and, eq, gt, inArray, lt } from "drizzle-orm";
import { appointments, availabilityExceptions } from "@/db/schema";
import type { Ctx } from "../context";
import { parseLocalDate } from "../time";
import { assertEditable, auditCounselor } from "./internal";
import type { AvailabilityExceptionInput } from "./schemas";

const MINUTE = 60_000;

/**
 * Leave or extra hours on one date (own; admin any). Leave does not cancel sessions already
 * confirmed in that time: their ids come back so the counsellor can reschedule or cancel them.
 */
export function addAvailabilityException(ctx: Ctx, counselorId: number, input: AvailabilityExceptionInput): { id: number; affectedAppointmentIds: number[] } {
  return ctx.db.transaction(
    () => {
      assertEditable(ctx, counselorId);
      const { id } = ctx.db
        .insert(availabilityExceptions)
        .values({ counselorId, date: input.date, kind: input.kind, startMinute: input.startMinute, endMinute: input.endMinute, note: input.note || null, createdAt: ctx.now, createdBy: ctx.actor.userId })
        .returning({ id: availabilityExceptions.id })
        .get();
      let affected: number[] = [];
      if (input.kind === "leave") {
        const day = parseLocalDate(input.date)!;
        const from = new Date(day.getTime() + input.startMinute * MINUTE);
        const to = new Date(day.getTime() + input.endMinute * MINUTE);
        affected = ctx.db
          .select({ id: appointments.id })
          .from(appointments)
          .where(and(eq(appointments.counselorId, counselorId), inArray(appointments.status, ["requested", "confirmed"]), lt(appointments.startAt, to), gt(appointments.endAt, from)))
          .all()
          .map((r) => r.id);
      }
      auditCounselor(ctx, "counselor.exception_add", counselorId, { exceptionId: id, kind: input.kind, date: input.date, affected: affected.length });
      return { id, affectedAppointmentIds: affected };
    },
    { behavior: "immediate" },
  );
}
