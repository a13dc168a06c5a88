import { eq, sql } from "drizzle-orm";
import { hotlineHandoverNotes, hotlineShifts } from "@/db/schema";
import type { Ctx } from "../context";
import { conflict, forbidden, notFound } from "../errors";
import { t } from "../i18n/messages";
import { auditHotline } from "./internal";
import { canManageRoster } from "./policy";

/** Admin removes a planned shift; one that carries handover notes is history and stays. */
export function deleteShift(ctx: Ctx, id: number): void {
  if (!canManageRoster(ctx.actor)) throw forbidden();
  ctx.db.transaction(
    () => {
      const found = ctx.db.select({ id: hotlineShifts.id }).from(hotlineShifts).where(eq(hotlineShifts.id, id)).get();
      if (!found) throw notFound();
      const notes = ctx.db.select({ n: sql<number>`count(*)` }).from(hotlineHandoverNotes).where(eq(hotlineHandoverNotes.shiftId, id)).get();
      if (notes && notes.n > 0) throw conflict(t("hotline.error.shiftHasNotes"));
      ctx.db.delete(hotlineShifts).where(eq(hotlineShifts.id, id)).run();
      auditHotline(ctx, "hotline.shift_delete", "hotline_shift", id);
    },
    { behavior: "immediate" },
  );
}
