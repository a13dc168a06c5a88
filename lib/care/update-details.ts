import { and, eq, isNull } from "drizzle-orm";
import { careMemberships } from "@/db/schema";
import type { Ctx } from "../context";
import { appError } from "../errors";
import { t } from "../i18n/messages";
import { assertActive, auditCare, personHead } from "./internal";
import type { UpdateDetailsInput } from "./schemas";

/** Replaces the details of one of the person's current groups (audited by group, never the text). */
export function updateDetails(ctx: Ctx, personId: number, input: UpdateDetailsInput): { group: UpdateDetailsInput["group"] } {
  return ctx.db.transaction(
    () => {
      const p = personHead(ctx, personId);
      assertActive(p);
      const r = ctx.db
        .update(careMemberships)
        .set({ details: input.details, leftBehindKind: input.leftBehindKind ?? null, updatedAt: ctx.now })
        .where(and(eq(careMemberships.personId, personId), eq(careMemberships.group, input.group), isNull(careMemberships.endedAt)))
        .run();
      if (r.changes === 0) throw appError("conflict", t("care.error.notInGroup"));
      auditCare(ctx, "care.details.update", personId, { group: input.group });
      return { group: input.group };
    },
    { behavior: "immediate" },
  );
}
