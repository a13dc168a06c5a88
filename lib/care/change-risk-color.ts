import { eq } from "drizzle-orm";
import { carePersons, careRiskHistory, type RiskColor } from "@/db/schema";
import type { Ctx } from "../context";
import { appError } from "../errors";
import { t } from "../i18n/messages";
import { assertActive, auditCare, personHead, refreshSchedule } from "./internal";
import type { ChangeRiskColorInput } from "./schemas";

/** Re-grades a person by hand, with a reason kept in the history; the due date follows the new colour. */
export function changeRiskColor(ctx: Ctx, personId: number, input: ChangeRiskColorInput): { riskColor: RiskColor; nextVisitDue: string | null } {
  return ctx.db.transaction(
    () => {
      const p = personHead(ctx, personId);
      assertActive(p);
      if (p.riskColor === input.riskColor) throw appError("conflict", t("care.error.sameColor"));
      ctx.db.update(carePersons).set({ riskColor: input.riskColor, updatedAt: ctx.now }).where(eq(carePersons.id, personId)).run();
      ctx.db.insert(careRiskHistory).values({ personId, fromColor: p.riskColor, toColor: input.riskColor, reason: input.reason, byUserId: ctx.actor.userId, at: ctx.now }).run();
      const nextVisitDue = refreshSchedule(ctx, personId);
      auditCare(ctx, "care.color.change", personId, { from: p.riskColor, to: input.riskColor });
      return { riskColor: input.riskColor, nextVisitDue };
    },
    { behavior: "immediate" },
  );
}
