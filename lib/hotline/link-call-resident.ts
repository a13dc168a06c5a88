import { eq } from "drizzle-orm";
import { hotlineCalls } from "@/db/schema";
import type { Ctx } from "../context";
import { forbidden } from "../errors";
import { assertResidentExists, auditHotline, callHead } from "./internal";
import { canEditCall, canReadCalls } from "./policy";
import type { LinkResidentInput } from "./schemas";

/** Links a call to a known resident's file (一人一档), or unlinks it with null. */
export function linkCallResident(ctx: Ctx, id: number, input: LinkResidentInput): { id: number; residentId: number | null } {
  if (!canReadCalls(ctx.actor)) throw forbidden();
  return ctx.db.transaction(
    () => {
      const head = callHead(ctx, id);
      if (!canEditCall(ctx.actor, head)) throw forbidden();
      assertResidentExists(ctx, input.residentId);
      ctx.db.update(hotlineCalls).set({ residentId: input.residentId, updatedAt: ctx.now }).where(eq(hotlineCalls.id, id)).run();
      auditHotline(ctx, "hotline.call_link_resident", "hotline_call", id, { residentId: input.residentId, before: head.residentId });
      return { id, residentId: input.residentId };
    },
    { behavior: "immediate" },
  );
}
