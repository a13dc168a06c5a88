import type { Ctx } from "../context";
import { appError, forbidden } from "../errors";
import { t } from "../i18n/messages";
import { assertLegal, assertVersion, auditAppointment, loadHead, recordEvent, updateAppointment } from "./internal";
import { isResponsible } from "./policy";
import type { StateChangeInput } from "./schemas";

/** The resident did not come: only once the session's start has passed. The room stays booked (it was held for them). */
export function markNoShow(ctx: Ctx, id: number, input: StateChangeInput): { id: number; status: "no_show"; version: number } {
  return ctx.db.transaction(
    () => {
      const head = loadHead(ctx, id);
      if (!isResponsible(ctx.actor, head)) throw forbidden();
      assertLegal(head, "noShow");
      if (!head.startAt || head.startAt.getTime() > ctx.now.getTime()) throw appError("conflict", t("appointments.error.notStartedYet"));
      assertVersion(head, input.version);
      const version = updateAppointment(ctx, head, { status: "no_show" });
      recordEvent(ctx, id, head.status, "no_show", "no_show");
      auditAppointment(ctx, "appointment.no_show", id);
      return { id, status: "no_show" as const, version };
    },
    { behavior: "immediate" },
  );
}
