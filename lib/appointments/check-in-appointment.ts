import type { Ctx } from "../context";
import { appError, forbidden } from "../errors";
import { t } from "../i18n/messages";
import { assertLegal, assertVersion, auditAppointment, loadHead, recordEvent, updateAppointment } from "./internal";
import { CHECK_IN_EARLY_MINUTES, isResponsible } from "./policy";
import type { StateChangeInput } from "./schemas";

/** The resident has arrived: from an hour before the start until the end (its counsellor or an admin at the desk). */
export function checkInAppointment(ctx: Ctx, id: number, input: StateChangeInput): { id: number; status: "checked_in"; version: number } {
  return ctx.db.transaction(
    () => {
      const head = loadHead(ctx, id);
      if (!isResponsible(ctx.actor, head)) throw forbidden();
      assertLegal(head, "checkIn");
      assertVersion(head, input.version);
      const opens = head.startAt!.getTime() - CHECK_IN_EARLY_MINUTES * 60_000;
      if (ctx.now.getTime() < opens) throw appError("conflict", t("appointments.error.checkInTooEarly", { minutes: CHECK_IN_EARLY_MINUTES }));
      if (ctx.now.getTime() >= head.endAt!.getTime()) throw appError("conflict", t("appointments.error.checkInEnded"));
      const version = updateAppointment(ctx, head, { status: "checked_in", checkedInAt: ctx.now });
      recordEvent(ctx, id, head.status, "checked_in", "check_in");
      auditAppointment(ctx, "appointment.check_in", id);
      return { id, status: "checked_in" as const, version };
    },
    { behavior: "immediate" },
  );
}
