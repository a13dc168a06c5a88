import { eq } from "drizzle-orm";
import { hotlineCalls } from "@/db/schema";
import type { Ctx } from "../context";
import { conflict, forbidden } from "../errors";
import { t } from "../i18n/messages";
import { assertCompleteCall, callValues } from "./create-call";
import { assertResidentExists, auditHotline, callHead, raiseImminentAlert } from "./internal";
import { canEditCall, canReadCalls } from "./policy";
import { applyCallReferrals } from "./referrals";
import type { UpdateCallInput } from "./schemas";

/**
 * The operator who took a call (or an admin) corrects it. A new call-back time reopens the
 * call-back; raising the risk to imminent alerts the others as a new call would.
 */
export function updateCall(ctx: Ctx, id: number, input: UpdateCallInput): { id: number } {
  if (!canReadCalls(ctx.actor)) throw forbidden();
  assertCompleteCall(ctx, input);
  const values = callValues(input);
  return ctx.db.transaction(
    () => {
      const head = callHead(ctx, id);
      if (!canEditCall(ctx.actor, head)) throw forbidden();
      if (head.status === "draft") throw conflict(t("hotline.error.isDraft"));
      assertResidentExists(ctx, input.residentId);
      const followUpMoved = (head.followUpAt?.getTime() ?? null) !== (values.followUpAt?.getTime() ?? null);
      ctx.db
        .update(hotlineCalls)
        .set({ ...values, ...(followUpMoved ? { followUpDoneAt: null } : {}), updatedAt: ctx.now })
        .where(eq(hotlineCalls.id, id))
        .run();
      auditHotline(ctx, "hotline.call_update", "hotline_call", id, { riskBefore: head.riskLevel, riskLevel: values.riskLevel, followUpMoved });
      // A referral added on correction is carried out now; one made before is kept as it is.
      applyCallReferrals(ctx, id, values);
      if (values.riskLevel === "imminent") raiseImminentAlert(ctx, id, values.startedAt);
      return { id };
    },
    { behavior: "immediate" },
  );
}
