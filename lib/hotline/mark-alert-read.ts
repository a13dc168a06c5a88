import { and, eq, isNull } from "drizzle-orm";
import { hotlineAlerts } from "@/db/schema";
import type { Ctx } from "../context";
import { notFound } from "../errors";

/** The recipient acknowledges an imminent-risk alert (twice is fine); nobody else's can be touched. */
export function markAlertRead(ctx: Ctx, alertId: number): void {
  const mine = and(eq(hotlineAlerts.id, alertId), eq(hotlineAlerts.recipientId, ctx.actor.userId));
  const found = ctx.db.select({ id: hotlineAlerts.id }).from(hotlineAlerts).where(mine).get();
  if (!found) throw notFound();
  ctx.db.update(hotlineAlerts).set({ readAt: ctx.now }).where(and(mine, isNull(hotlineAlerts.readAt))).run();
}
