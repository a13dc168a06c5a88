import { eq } from "drizzle-orm";
import { careAssignments, careMemberships, carePersons, careRiskHistory, residents } from "@/db/schema";
import { hasRole } from "../auth/actor";
import type { Ctx } from "../context";
import { appError } from "../errors";
import { t } from "../i18n/messages";
import { activeCarers, assertCareRole, auditCare, refreshSchedule, today } from "./internal";
import type { RegisterPersonInput } from "./schemas";

/**
 * Takes a person into care: from the resident register, or creating the resident inline; one group
 * with its details and the basis it is processed on; the starting colour (history from null); the
 * carers (a carer who registers someone becomes one of them). The first visit is due at once.
 * A resident who left care earlier is taken in again on the same file.
 */
export function registerPerson(ctx: Ctx, input: RegisterPersonInput): { id: number; residentId: number; nextVisitDue: string | null } {
  assertCareRole(ctx);
  const carerIds = [...new Set([...(input.carerIds ?? []), ...(hasRole(ctx.actor, "carer") ? [ctx.actor.userId] : [])])];
  const on = today(ctx);

  return ctx.db.transaction(
    () => {
      const valid = activeCarers(ctx.db, carerIds);
      const bad = carerIds.filter((id) => !valid.has(id));
      if (bad.length) throw appError("validation", undefined, { carerIds: [t("care.error.notACarer")] });

      let residentId: number;
      let residentCreated = false;
      if (input.residentId) {
        const r = ctx.db
          .select({ id: residents.id, consentBasis: residents.consentBasis, consentWithdrawnAt: residents.consentWithdrawnAt })
          .from(residents)
          .where(eq(residents.id, input.residentId))
          .get();
        if (!r) throw appError("validation", undefined, { residentId: [t("care.error.unknownResident")] });
        if (input.legalBasis === "consent" && r.consentWithdrawnAt) throw appError("conflict", t("care.error.consentWithdrawn"));
        if (r.consentBasis === "none") {
          ctx.db.update(residents).set({ consentBasis: input.legalBasis, consentAt: ctx.now, updatedAt: ctx.now }).where(eq(residents.id, r.id)).run();
        }
        residentId = r.id;
      } else {
        const p = input.person!;
        residentId = ctx.db
          .insert(residents)
          .values({
            name: p.name,
            gender: p.gender,
            birthYear: p.birthYear ?? null,
            phone: p.phone ?? null,
            address: p.address ?? null,
            consentBasis: input.legalBasis,
            consentAt: ctx.now,
            createdAt: ctx.now,
            createdBy: ctx.actor.userId,
          })
          .returning({ id: residents.id })
          .get().id;
        residentCreated = true;
      }

      const existing = ctx.db.select({ id: carePersons.id, status: carePersons.status }).from(carePersons).where(eq(carePersons.residentId, residentId)).get();
      if (existing?.status === "active") throw appError("conflict", t("care.error.alreadyInCare"));

      let id: number;
      let previous: typeof input.riskColor | null = null;
      if (existing) {
        id = existing.id;
        previous = ctx.db.select({ c: carePersons.riskColor }).from(carePersons).where(eq(carePersons.id, id)).get()!.c;
        ctx.db
          .update(carePersons)
          .set({ status: "active", riskColor: input.riskColor, registeredOn: on, exitReason: null, exitedOn: null, exitedAt: null, exitedBy: null, updatedAt: ctx.now })
          .where(eq(carePersons.id, id))
          .run();
      } else {
        id = ctx.db
          .insert(carePersons)
          .values({ residentId, status: "active", riskColor: input.riskColor, registeredOn: on, createdAt: ctx.now, createdBy: ctx.actor.userId, updatedAt: ctx.now })
          .returning({ id: carePersons.id })
          .get().id;
      }

      const membership = {
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
        .values({ personId: id, group: input.group, createdAt: ctx.now, ...membership })
        .onConflictDoUpdate({ target: [careMemberships.personId, careMemberships.group], set: membership })
        .run();

      ctx.db.insert(careRiskHistory).values({ personId: id, fromColor: previous, toColor: input.riskColor, reason: null, byUserId: ctx.actor.userId, at: ctx.now }).run();
      for (const carerId of carerIds) {
        ctx.db.insert(careAssignments).values({ personId: id, carerId, assignedAt: ctx.now, assignedBy: ctx.actor.userId }).onConflictDoNothing().run();
      }
      const nextVisitDue = refreshSchedule(ctx, id);
      auditCare(ctx, existing ? "care.person.reenter" : "care.person.register", id, {
        residentId,
        group: input.group,
        riskColor: input.riskColor,
        legalBasis: input.legalBasis,
        residentCreated,
        carerIds,
      });
      return { id, residentId, nextVisitDue };
    },
    { behavior: "immediate" },
  );
}
