import { eq } from "drizzle-orm";
import { carePersons, careRiskHistory, careVisits, type RiskColor } from "@/db/schema";
import type { Ctx } from "../context";
import { appError, type FieldErrors } from "../errors";
import { t } from "../i18n/messages";
import { activeStaff, assertActive, auditCare, personHead, refreshSchedule } from "./internal";
import { assertVisitReferral, referVisit, type VisitReferral } from "./referrals";
import type { RecordVisitInput } from "./schemas";

const MINUTE = 60_000;
const DAY = 86_400_000;

/** A visit may be recorded up to a year after it happened, never ahead of time. */
export function visitTimeErrors(at: Date, now: Date, field: string): FieldErrors {
  if (at.getTime() > now.getTime() + 10 * MINUTE) return { [field]: [t("care.error.visitInFuture")] };
  if (at.getTime() < now.getTime() - 366 * DAY) return { [field]: [t("care.error.visitTooOld")] };
  return {};
}

export interface RecordVisitResult {
  id: number;
  nextVisitDue: string | null;
  riskColor: RiskColor;
  /** The records the visit's referral created (appointment request or mediation case). */
  referral: VisitReferral;
  /** True when this clientKey had already been saved: the same visit is returned, nothing is written. */
  duplicate: boolean;
}

/**
 * Records a visit to a person in care. The colour after the visit (if it differs) becomes the
 * person's colour with a history row; the next due date moves on from this visit. A repeated submit
 * with the same clientKey returns the visit already saved.
 */
export function recordVisit(ctx: Ctx, personId: number, input: RecordVisitInput): RecordVisitResult {
  const timeErrors = visitTimeErrors(input.visitedAt, ctx.now, "visitedAt");
  return ctx.db.transaction(
    () => {
      const p = personHead(ctx, personId);
      if (input.clientKey) {
        const prior = ctx.db.select({ id: careVisits.id, personId: careVisits.personId }).from(careVisits).where(eq(careVisits.clientKey, input.clientKey)).get();
        if (prior) {
          if (prior.personId !== personId) throw appError("conflict", t("care.error.clientKeyReused"));
          const cur = ctx.db.select({ nextVisitDue: carePersons.nextVisitDue, riskColor: carePersons.riskColor }).from(carePersons).where(eq(carePersons.id, personId)).get()!;
          const ref = ctx.db.select({ appointmentId: careVisits.referralAppointmentId, mediationCaseId: careVisits.referralMediationCaseId }).from(careVisits).where(eq(careVisits.id, prior.id)).get()!;
          return { id: prior.id, ...cur, referral: ref, duplicate: true };
        }
      }
      assertActive(p);
      if (Object.keys(timeErrors).length) throw appError("validation", undefined, timeErrors);
      assertVisitReferral(input);
      const visitorIds = input.visitorIds?.length ? input.visitorIds : [ctx.actor.userId];
      const staff = activeStaff(ctx.db, visitorIds);
      if (visitorIds.some((id) => !staff.has(id))) throw appError("validation", undefined, { visitorIds: [t("care.error.unknownVisitor")] });

      const colorAfter = input.riskColor ?? p.riskColor;
      const { id } = ctx.db
        .insert(careVisits)
        .values({
          personId,
          clientKey: input.clientKey ?? null,
          visitedAt: input.visitedAt,
          kind: input.kind,
          visitorIds,
          observations: input.observations,
          needs: input.needs ?? null,
          measures: input.measures ?? null,
          colorBefore: p.riskColor,
          colorAfter,
          referral: input.referral ?? null,
          referralNote: input.referralNote ?? null,
          createdBy: ctx.actor.userId,
          createdAt: ctx.now,
        })
        .returning({ id: careVisits.id })
        .get();
      if (colorAfter !== p.riskColor) {
        ctx.db.update(carePersons).set({ riskColor: colorAfter, updatedAt: ctx.now }).where(eq(carePersons.id, personId)).run();
        ctx.db
          .insert(careRiskHistory)
          .values({ personId, fromColor: p.riskColor, toColor: colorAfter, reason: input.colorReason ?? null, visitId: id, byUserId: ctx.actor.userId, at: ctx.now })
          .run();
      }
      const nextVisitDue = refreshSchedule(ctx, personId);
      auditCare(ctx, "care.visit.create", personId, { visitId: id, kind: input.kind, colorBefore: p.riskColor, colorAfter, referral: input.referral ?? null });
      const referral = referVisit(ctx, id, p, input, colorAfter);
      return { id, nextVisitDue, riskColor: colorAfter, referral, duplicate: false };
    },
    { behavior: "immediate" },
  );
}
