import { eq } from "drizzle-orm";
import { careActivities, carePersons, careRiskHistory, careVisits } from "@/db/schema";
import type { Ctx } from "../context";
import { appError } from "../errors";
import { t } from "../i18n/messages";
import { assertActive, assertCareRole, auditCare, personHead, readCadence, refreshSchedule } from "./internal";
import { visitTimeErrors } from "./record-visit";
import type { RecordActivityInput } from "./schemas";

/**
 * Records an organised activity (a holiday visit to bereaved families, a group outing) and one visit
 * of kind "activity" for each participant, all in one transaction: every participant must be a
 * person the actor may see and still in care, or nothing is written.
 */
export function recordGroupActivity(ctx: Ctx, input: RecordActivityInput): { id: number; visitIds: number[]; duplicate: boolean } {
  assertCareRole(ctx);
  const timeErrors = visitTimeErrors(input.heldAt, ctx.now, "heldAt");
  return ctx.db.transaction(
    () => {
      if (input.clientKey) {
        const prior = ctx.db.select({ id: careActivities.id }).from(careActivities).where(eq(careActivities.clientKey, input.clientKey)).get();
        if (prior) {
          const visitIds = ctx.db.select({ id: careVisits.id }).from(careVisits).where(eq(careVisits.activityId, prior.id)).all().map((r) => r.id);
          return { id: prior.id, visitIds, duplicate: true };
        }
      }
      const heads = input.participants.map((part) => ({ part, head: personHead(ctx, part.personId) }));
      for (const { head } of heads) assertActive(head);
      if (Object.keys(timeErrors).length) throw appError("validation", undefined, timeErrors);

      const { id } = ctx.db
        .insert(careActivities)
        .values({ clientKey: input.clientKey ?? null, title: input.title, heldAt: input.heldAt, location: input.location ?? null, summary: input.summary ?? null, createdBy: ctx.actor.userId, createdAt: ctx.now })
        .returning({ id: careActivities.id })
        .get();
      const cadence = readCadence(ctx.db);
      const visitIds: number[] = [];
      for (const { part, head } of heads) {
        const colorAfter = part.riskColor ?? head.riskColor;
        const visit = ctx.db
          .insert(careVisits)
          .values({
            personId: head.id,
            visitedAt: input.heldAt,
            kind: "activity",
            visitorIds: [ctx.actor.userId],
            observations: {},
            colorBefore: head.riskColor,
            colorAfter,
            activityId: id,
            createdBy: ctx.actor.userId,
            createdAt: ctx.now,
          })
          .returning({ id: careVisits.id })
          .get();
        visitIds.push(visit.id);
        if (colorAfter !== head.riskColor) {
          ctx.db.update(carePersons).set({ riskColor: colorAfter, updatedAt: ctx.now }).where(eq(carePersons.id, head.id)).run();
          ctx.db.insert(careRiskHistory).values({ personId: head.id, fromColor: head.riskColor, toColor: colorAfter, reason: t("care.history.activity", { title: input.title }), visitId: visit.id, byUserId: ctx.actor.userId, at: ctx.now }).run();
        }
        refreshSchedule(ctx, head.id, cadence);
      }
      auditCare(ctx, "care.activity.record", id, { personIds: heads.map((h) => h.head.id), visitIds }, "care_activity");
      return { id, visitIds, duplicate: false };
    },
    { behavior: "immediate" },
  );
}
