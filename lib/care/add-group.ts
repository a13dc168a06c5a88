import { and, eq, isNull } from "drizzle-orm";
import { careMemberships, residents } from "@/db/schema";
import type { Ctx } from "../context";
import { appError } from "../errors";
import { t } from "../i18n/messages";
import { assertActive, auditCare, personHead } from "./internal";
import type { AddGroupInput } from "./schemas";

/** The person joins one more group (e.g. a left-behind elder who also lost their only child). */
export function addGroup(ctx: Ctx, personId: number, input: AddGroupInput): { group: AddGroupInput["group"] } {
  return ctx.db.transaction(
    () => {
      const p = personHead(ctx, personId);
      assertActive(p);
      const open = ctx.db
        .select({ id: careMemberships.id })
        .from(careMemberships)
        .where(and(eq(careMemberships.personId, personId), eq(careMemberships.group, input.group), isNull(careMemberships.endedAt)))
        .get();
      if (open) throw appError("conflict", t("care.error.alreadyInGroup"));
      if (input.legalBasis === "consent") {
        const r = ctx.db.select({ withdrawn: residents.consentWithdrawnAt }).from(residents).where(eq(residents.id, p.residentId)).get();
        if (r?.withdrawn) throw appError("conflict", t("care.error.consentWithdrawn"));
      }
      const values = {
        leftBehindKind: input.leftBehindKind ?? null,
        details: input.details,
        legalBasis: input.legalBasis,
        consentNote: input.consentNote ?? null,
        basisRecordedAt: ctx.now,
        basisRecordedBy: ctx.actor.userId,
        endedAt: null,
        endReason: null,
        updatedAt: ctx.now,
      };
      ctx.db
        .insert(careMemberships)
        .values({ personId, group: input.group, createdAt: ctx.now, ...values })
        .onConflictDoUpdate({ target: [careMemberships.personId, careMemberships.group], set: values })
        .run();
      auditCare(ctx, "care.group.add", personId, { group: input.group, legalBasis: input.legalBasis });
      return { group: input.group };
    },
    { behavior: "immediate" },
  );
}
