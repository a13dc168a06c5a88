import { and, asc, eq, isNull } from "drizzle-orm";
import { appointments, residents, services, type AppointmentSource, type AppointmentUrgency } from "@/db/schema";
import type { Ctx } from "../context";
import { appError } from "../errors";
import { t } from "../i18n/messages";
import { auditAppointment, loadService, recordEvent } from "./internal";

export interface ReferralRequestInput {
  residentId: number;
  /** The service asked for; omitted: the catalogue's first active service that any counsellor gives. */
  serviceId?: number;
  /** What the counsellor reads in the queue: built from codes by the referring area, never its confidential text. */
  need: string;
  urgency: AppointmentUrgency;
  source: Exclude<AppointmentSource, "direct">;
  sourceId: number;
}

/** The service a referral names when the referrer did not choose one (individual counselling in the demo catalogue). */
export function defaultReferralServiceId(ctx: Ctx): number {
  const s =
    ctx.db.select({ id: services.id }).from(services).where(and(eq(services.active, true), isNull(services.requiredSpecialty))).orderBy(asc(services.sortOrder), asc(services.id)).get() ??
    ctx.db.select({ id: services.id }).from(services).where(eq(services.active, true)).orderBy(asc(services.sortOrder), asc(services.id)).get();
  if (!s) throw appError("validation", t("referral.error.noService"));
  return s.id;
}

/**
 * An order-mode (订单式) request made by another area's use case — a hotline call or a care visit
 * that refers its person to a counsellor. It runs INSIDE the caller's transaction and does not
 * check the caller's appointment rights: the referring use case has decided who may refer (an
 * operator or a carer cannot book appointments otherwise). The request waits in the triage queue
 * with its source, like any other order.
 */
export function requestReferralInTransaction(ctx: Ctx, input: ReferralRequestInput): { id: number } {
  const resident = ctx.db.select({ id: residents.id }).from(residents).where(eq(residents.id, input.residentId)).get();
  if (!resident) throw appError("validation", undefined, { residentId: [t("appointments.error.unknownResident")] });
  const service = loadService(ctx, input.serviceId ?? defaultReferralServiceId(ctx));
  if (!service.active) throw appError("validation", t("appointments.error.serviceInactive"), { serviceId: [t("appointments.error.serviceInactive")] });
  const { id } = ctx.db
    .insert(appointments)
    .values({
      residentId: resident.id,
      serviceId: service.id,
      counselorId: null,
      startAt: null,
      endAt: null,
      status: "requested",
      mode: "order",
      preferredTimes: [],
      need: input.need,
      urgency: input.urgency,
      source: input.source,
      sourceId: input.sourceId,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
    })
    .returning({ id: appointments.id })
    .get();
  recordEvent(ctx, id, null, "requested", "request");
  auditAppointment(ctx, "appointment.request", id, { mode: "order", serviceId: service.id, residentId: resident.id, onBehalf: true, source: input.source, sourceId: input.sourceId });
  return { id };
}
