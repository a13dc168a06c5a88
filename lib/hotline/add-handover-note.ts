import { eq } from "drizzle-orm";
import { hotlineHandoverNotes, hotlineShifts } from "@/db/schema";
import type { Ctx } from "../context";
import { forbidden, notFound } from "../errors";
import { auditHotline } from "./internal";
import { canReadCalls } from "./policy";
import type { HandoverNoteInput } from "./schemas";

/** A hotline operator (or admin) writes what the next shift must know, on the shift it comes from. */
export function addHandoverNote(ctx: Ctx, shiftId: number, input: HandoverNoteInput): { id: number } {
  if (!canReadCalls(ctx.actor)) throw forbidden();
  return ctx.db.transaction(
    () => {
      const shift = ctx.db.select({ id: hotlineShifts.id }).from(hotlineShifts).where(eq(hotlineShifts.id, shiftId)).get();
      if (!shift) throw notFound();
      const { id } = ctx.db
        .insert(hotlineHandoverNotes)
        .values({ shiftId, authorId: ctx.actor.userId, text: input.text, createdAt: ctx.now })
        .returning({ id: hotlineHandoverNotes.id })
        .get();
      auditHotline(ctx, "hotline.handover_create", "hotline_shift", shiftId, { noteId: id });
      return { id };
    },
    { behavior: "immediate" },
  );
}
