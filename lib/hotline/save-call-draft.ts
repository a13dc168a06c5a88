import { eq } from "drizzle-orm";
import { hotlineCalls } from "@/db/schema";
import type { Ctx } from "../context";
import { conflict, forbidden } from "../errors";
import { t } from "../i18n/messages";
import { assertResidentExists, auditHotline, raiseImminentAlert } from "./internal";
import { canLogCalls } from "./policy";
import type { SaveCallDraftInput } from "./schemas";

/**
 * The call form's autosave: upserts the operator's draft under the browser's clientKey, so a
 * dropped browser loses nothing. Choosing "imminent" alerts the others at once, even before the
 * record is complete — help is needed while the caller is still on the line.
 */
export function saveCallDraft(ctx: Ctx, input: SaveCallDraftInput): { id: number; status: "draft"; savedAt: Date } {
  if (!canLogCalls(ctx.actor)) throw forbidden();
  return ctx.db.transaction(
    () => {
      assertResidentExists(ctx, input.residentId);
      const existing = ctx.db
        .select({ id: hotlineCalls.id, status: hotlineCalls.status, operatorId: hotlineCalls.operatorId })
        .from(hotlineCalls)
        .where(eq(hotlineCalls.clientKey, input.clientKey))
        .get();
      if (existing && existing.operatorId !== ctx.actor.userId) throw conflict(t("hotline.error.draftNotYours"));
      if (existing?.status === "saved") throw conflict(t("hotline.error.notDraft"));
      const values = {
        startedAt: input.startedAt,
        endedAt: input.endedAt ?? null,
        callerKind: input.callerKind ?? null,
        categories: input.categories ?? [],
        summary: input.summary ?? "",
        riskLevel: input.riskLevel ?? null,
        actions: input.actions ?? [],
        followUpAt: input.followUpAt ?? null,
        residentId: input.residentId ?? null,
        callerPhone: input.callerPhone || null,
        referralNote: input.referralNote || null,
        referralDisputeType: input.referralDisputeType ?? null,
        referralRespondent: input.referralRespondent || null,
        updatedAt: ctx.now,
      };
      let id: number;
      if (existing) {
        id = existing.id;
        ctx.db.update(hotlineCalls).set(values).where(eq(hotlineCalls.id, id)).run();
      } else {
        id = ctx.db
          .insert(hotlineCalls)
          .values({ ...values, clientKey: input.clientKey, status: "draft", operatorId: ctx.actor.userId, createdAt: ctx.now })
          .returning({ id: hotlineCalls.id })
          .get().id;
        // Autosaves are not audited one by one; the draft's creation and its finalising are.
        auditHotline(ctx, "hotline.call_draft_create", "hotline_call", id);
      }
      if (values.riskLevel === "imminent") raiseImminentAlert(ctx, id, values.startedAt);
      return { id, status: "draft" as const, savedAt: ctx.now };
    },
    { behavior: "immediate" },
  );
}
