import { and, eq, isNull } from "drizzle-orm";
import { careMemberships } from "@/db/schema";
import type { Ctx } from "../context";
import { appError } from "../errors";
import { t } from "../i18n/messages";
import { assertActive, auditCare, personHead } from "./internal";
import type { EndGroupInput } from "./schemas";

/**
 * The person leaves one group but stays in care for the others (a corrections term ends). The last
 * group cannot be ended this way: that is an exit from care.
 */
export function endGroup(ctx: Ctx, personId: number, input: EndGroupInput): { group: EndGroupInput["group"] } {
  return ctx.db.transaction(
    () => {
      const p = personHead(ctx, personId);
      assertActive(p);
      const open = ctx.db
        .select({ group: careMemberships.group })
        .from(careMemberships)
        .where(and(eq(careMemberships.personId, personId), isNull(careMemberships.endedAt)))
        .all()
        .map((r) => r.group);
      if (!open.includes(input.group)) throw appError("conflict", t("care.error.notInGroup"));
      if (open.length === 1) throw appError("conflict", t("care.error.lastGroup"));
      ctx.db
        .update(careMemberships)
        .set({ endedAt: ctx.now, endReason: input.reason, updatedAt: ctx.now })
        .where(and(eq(careMemberships.personId, personId), eq(careMemberships.group, input.group)))
        .run();
      auditCare(ctx, "care.group.end", personId, { group: input.group });
      return { group: input.group };
    },
    { behavior: "immediate" },
  );
}
