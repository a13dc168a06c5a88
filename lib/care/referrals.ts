import { eq } from "drizzle-orm";
import { careVisits, type RiskColor } from "@/db/schema";
import { requestReferralInTransaction } from "../appointments/request-referral";
import type { Ctx } from "../context";
import { appError } from "../errors";
import { label, t } from "../i18n/messages";
import { registerCaseInTransaction } from "../mediation/register-case";
import { auditCare, type PersonHead } from "./internal";
import { mediationReferralErrors, type RecordVisitInput } from "./schemas";

export interface VisitReferral {
  appointmentId: number | null;
  mediationCaseId: number | null;
}

/** The referral's own rules, before anything is written (the schema ran them too). */
export function assertVisitReferral(input: RecordVisitInput): void {
  const errors = mediationReferralErrors(input);
  if (Object.keys(errors).length) throw appError("validation", undefined, Object.fromEntries(Object.entries(errors).map(([k, m]) => [k, [m]])));
}

/**
 * A visit's referral, carried out in the visit's transaction (issue 7: one step): a counsellor
 * appointment request (source care, this visit) waiting in the triage queue, or a mediation case
 * in `registered` with the person as applicant. A carer may do this though they can neither book
 * appointments nor register cases: the visit use case has checked that the person is theirs. What
 * travels is the carer's referral note and the colour — never group details (corrections and
 * petition details stay with the carers).
 */
export function referVisit(ctx: Ctx, visitId: number, person: PersonHead, input: RecordVisitInput, colorAfter: RiskColor): VisitReferral {
  if (!input.referral) return { appointmentId: null, mediationCaseId: null };
  const color = label("riskColor", colorAfter);
  if (input.referral === "appointment") {
    const { id } = requestReferralInTransaction(ctx, {
      residentId: person.residentId,
      need: t("referral.care.need", { color, note: input.referralNote ?? "" }).trim(),
      urgency: colorAfter === "red" ? "urgent" : colorAfter === "yellow" ? "soon" : "normal",
      source: "care",
      sourceId: visitId,
    });
    ctx.db.update(careVisits).set({ referralAppointmentId: id }).where(eq(careVisits.id, visitId)).run();
    auditCare(ctx, "care.visit.refer", person.id, { visitId, kind: "appointment", appointmentId: id });
    return { appointmentId: id, mediationCaseId: null };
  }
  assertVisitReferral(input);
  const registered = registerCaseInTransaction(
    ctx,
    {
      // The centre's own carers bring the dispute in: a referral by the sub-district (government).
      source: "government",
      disputeType: input.referralDisputeType!,
      summary: input.referralNote!,
      riskColor: colorAfter,
      riskReason: colorAfter === "green" ? undefined : t("referral.care.riskReason", { color }),
      parties: [
        { role: "applicant", residentId: person.residentId },
        { role: "respondent", name: input.referralRespondent! },
      ],
    },
    { type: "care_visit", id: visitId },
  );
  ctx.db.update(careVisits).set({ referralMediationCaseId: registered.id }).where(eq(careVisits.id, visitId)).run();
  auditCare(ctx, "care.visit.refer", person.id, { visitId, kind: "mediation", mediationCaseId: registered.id });
  return { appointmentId: null, mediationCaseId: registered.id };
}
