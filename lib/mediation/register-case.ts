import { and, eq, inArray } from "drizzle-orm";
import { mediationCases, mediationParties, mediationTeam, residents, type MediationStatus } from "@/db/schema";
import { hasRole } from "../auth/actor";
import type { Ctx } from "../context";
import { appError, forbidden } from "../errors";
import { t } from "../i18n/messages";
import { activeUsersWithRole, notify } from "../notifications/notify";
import { allocateCaseNumber, localYear } from "./case-number";
import { auditCase, recordTransition } from "./internal";
import { canRegisterCase } from "./policy";
import type { RegisterCaseInput } from "./schemas";

export interface RegisteredCase {
  id: number;
  caseNo: string;
  status: MediationStatus;
}

/**
 * Registers a case with its parties and gives it the year's next case number. A mediator who
 * registers becomes its lead; an admin assigns the team afterwards.
 */
export function registerCase(ctx: Ctx, input: RegisterCaseInput): RegisteredCase {
  if (!canRegisterCase(ctx.actor)) throw forbidden();
  return ctx.db.transaction(() => registerCaseInTransaction(ctx, input), { behavior: "immediate" });
}

/**
 * The registration itself, inside the caller's transaction and without the role check: for
 * another area's use case that has decided who may refer (a care visit's referral to mediation).
 * The case waits in `registered` for the admin to assign its team when no mediator registered it.
 */
export function registerCaseInTransaction(ctx: Ctx, input: RegisterCaseInput, via?: { type: "care_visit" | "hotline_call"; id: number }): RegisteredCase {
  if (input.requestKey) {
    const again = ctx.db
      .select({ id: mediationCases.id, caseNo: mediationCases.caseNo, status: mediationCases.status })
      .from(mediationCases)
      .where(and(eq(mediationCases.createdBy, ctx.actor.userId), eq(mediationCases.requestKey, input.requestKey)))
      .get();
    if (again) return again;
  }

  const linkedIds = [...new Set(input.parties.flatMap((p) => (p.residentId ? [p.residentId] : [])))];
  const known = new Map(
    (linkedIds.length
      ? ctx.db
          .select({ id: residents.id, name: residents.name, gender: residents.gender, birthYear: residents.birthYear, phone: residents.phone, address: residents.address })
          .from(residents)
          .where(inArray(residents.id, linkedIds))
          .all()
      : []
    ).map((r) => [r.id, r]),
  );
  const missing: Record<string, string[]> = {};
  input.parties.forEach((p, i) => {
    if (p.residentId && !known.has(p.residentId)) missing[`parties.${i}.residentId`] = [t("mediation.error.unknownResident")];
  });
  if (Object.keys(missing).length) throw appError("validation", undefined, missing);

  const year = localYear(ctx.now);
  const { seq, caseNo } = allocateCaseNumber(ctx, year);
  const lead = hasRole(ctx.actor, "mediator") ? ctx.actor.userId : null;
  const { id } = ctx.db
    .insert(mediationCases)
    .values({
      caseNo,
      year,
      seq,
      source: input.source,
      disputeType: input.disputeType,
      summary: input.summary,
      requestedItems: input.requestedItems ?? null,
      riskColor: input.riskColor,
      riskReason: input.riskReason ?? null,
      status: "registered",
      leadMediatorId: lead,
      requestKey: input.requestKey ?? null,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
    })
    .returning({ id: mediationCases.id })
    .get();

  ctx.db
    .insert(mediationParties)
    .values(
      input.parties.map((p, i) => {
        const r = p.residentId ? known.get(p.residentId) : undefined;
        return {
          caseId: id,
          role: p.role,
          sortOrder: i,
          residentId: p.residentId ?? null,
          name: p.name ?? r?.name ?? "",
          gender: p.gender ?? r?.gender ?? null,
          ethnicity: p.ethnicity ?? null,
          age: p.age ?? (r?.birthYear ? year - r.birthYear : null),
          occupation: p.occupation ?? null,
          phone: p.phone ?? r?.phone ?? null,
          address: p.address ?? r?.address ?? null,
        };
      }),
    )
    .run();

  if (lead) ctx.db.insert(mediationTeam).values({ caseId: id, userId: lead, role: "lead", assignedAt: ctx.now, assignedBy: ctx.actor.userId }).run();
  recordTransition(ctx, id, null, "registered");
  auditCase(ctx, "mediation.case.register", id, {
    source: input.source,
    disputeType: input.disputeType,
    riskColor: input.riskColor,
    parties: input.parties.length,
    residentIds: linkedIds,
    ...(via ? { via: via.type, viaId: via.id } : {}),
  });
  // A case referred from another service has no mediator yet: the admins assign its team.
  if (via && !lead) {
    for (const userId of activeUsersWithRole(ctx.db, ["admin"])) {
      if (userId === ctx.actor.userId) continue;
      notify(ctx.db, { userId, type: "mediation_referral", title: t(`notify.mediationReferral.${via.type}`, { caseNo }), link: `/mediation/${id}`, dedupeKey: `mediation-referral:${id}`, at: ctx.now });
    }
  }
  return { id, caseNo, status: "registered" as const };
}
