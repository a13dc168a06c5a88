import { and, eq, inArray } from "drizzle-orm";
import { careAssignments } from "@/db/schema";
import type { Ctx } from "../context";
import { appError } from "../errors";
import { t } from "../i18n/messages";
import { activeCarers, auditCare, personHead } from "./internal";
import type { AssignCarersInput } from "./schemas";

/**
 * Sets who visits a person (the whole list). Admin, or one of the person's carers handing over or
 * bringing in a colleague; a carer who leaves themselves out no longer sees the person afterwards.
 */
export function assignCarers(ctx: Ctx, personId: number, input: AssignCarersInput): { carerIds: number[] } {
  return ctx.db.transaction(
    () => {
      const p = personHead(ctx, personId);
      const valid = activeCarers(ctx.db, input.carerIds);
      if (input.carerIds.some((id) => !valid.has(id))) throw appError("validation", undefined, { carerIds: [t("care.error.notACarer")] });
      const removed = p.carerIds.filter((id) => !input.carerIds.includes(id));
      const added = input.carerIds.filter((id) => !p.carerIds.includes(id));
      if (removed.length) ctx.db.delete(careAssignments).where(and(eq(careAssignments.personId, personId), inArray(careAssignments.carerId, removed))).run();
      for (const carerId of added) ctx.db.insert(careAssignments).values({ personId, carerId, assignedAt: ctx.now, assignedBy: ctx.actor.userId }).run();
      auditCare(ctx, "care.carers.assign", personId, { added, removed });
      return { carerIds: [...input.carerIds].sort((a, b) => a - b) };
    },
    { behavior: "immediate" },
  );
}
