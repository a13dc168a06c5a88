import { and, eq, isNull } from "drizzle-orm";
import { appointmentAlerts } from "@/db/schema";
import type { Ctx } from "../context";
import { notFound } from "../errors";
import { auditAppointment } from "./internal";

/** The admin who received a high-risk alert marks it followed up. */
export function handleAlert(ctx: Ctx, alertId: number): { id: number } {
  return ctx.db.transaction(
    () => {
      const alert = ctx.db
        .select({ id: appointmentAlerts.id, appointmentId: appointmentAlerts.appointmentId })
        .from(appointmentAlerts)
        .where(and(eq(appointmentAlerts.id, alertId), eq(appointmentAlerts.recipientId, ctx.actor.userId), isNull(appointmentAlerts.handledAt)))
        .get();
      if (!alert) throw notFound();
      ctx.db.update(appointmentAlerts).set({ handledAt: ctx.now, handledBy: ctx.actor.userId }).where(eq(appointmentAlerts.id, alert.id)).run();
      auditAppointment(ctx, "appointment.alert_handled", alert.appointmentId, { alertId: alert.id });
      return { id: alert.id };
    },
    { behavior: "immediate" },
  );
}
