import { APPOINTMENT_MODES, APPOINTMENT_SOURCES, APPOINTMENT_STATUSES, APPOINTMENT_URGENCIES, COUNSELOR_KINDS, EXCEPTION_KINDS, RISK_LEVELS } from "@/db/schema";
import type { AvailabilityView, CounselorView } from "../counselors/queries";
import { toIsoLocal } from "../time";
import { z } from "../zod";
import type { AppointmentDetail, AppointmentListItem, ServiceView } from "./queries";
import type { SessionRecordView } from "./read-session-record";
import type { Slot } from "./slots";

const iso = () => z.string().meta({ description: "ISO 8601 with +08:00" });
const isoOrNull = (d: Date | null) => (d ? toIsoLocal(d) : null);

export const serviceJsonSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    description: z.string().nullable(),
    durationMinutes: z.number().int(),
    roomIds: z.array(z.number().int()),
    requiredSpecialty: z.string().nullable(),
    active: z.boolean(),
  })
  .meta({ id: "Service" });

export const serviceJson = (s: ServiceView) => ({
  id: s.id,
  name: s.name,
  description: s.description,
  durationMinutes: s.durationMinutes,
  roomIds: s.roomIds,
  requiredSpecialty: s.requiredSpecialty,
  active: s.active,
});

export const counselorJsonSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    kind: z.enum(COUNSELOR_KINDS).nullable(),
    specialties: z.array(z.string()),
    title: z.string().nullable(),
    qualifications: z.string().nullable(),
    bio: z.string().nullable(),
    accepting: z.boolean(),
  })
  .meta({ id: "Counselor" });

export const counselorJson = (c: CounselorView) => ({
  id: c.id,
  name: c.name,
  kind: c.kind,
  specialties: c.specialties,
  title: c.title,
  qualifications: c.qualifications,
  bio: c.bio,
  accepting: c.accepting,
});

export const slotJsonSchema = z.object({ startAt: iso(), endAt: iso() }).meta({ id: "CounselorSlot" });
export const slotJson = (s: Slot) => ({ startAt: toIsoLocal(s.startAt), endAt: toIsoLocal(s.endAt) });

export const serviceSlotJsonSchema = z.object({ counselorId: z.number().int(), startAt: iso(), endAt: iso(), roomIds: z.array(z.number().int()) }).meta({ id: "ServiceSlot" });
export const serviceSlotJson = (s: Slot) => ({ counselorId: s.counselorId, startAt: toIsoLocal(s.startAt), endAt: toIsoLocal(s.endAt), roomIds: s.roomIds });

export const availabilityJsonSchema = z
  .object({
    rules: z.array(
      z.object({ id: z.number().int(), weekday: z.number().int().meta({ description: "0 = 周日 … 6 = 周六" }), startMinute: z.number().int(), endMinute: z.number().int(), validFrom: z.string().nullable(), validTo: z.string().nullable() }),
    ),
    exceptions: z.array(z.object({ id: z.number().int(), date: z.string(), kind: z.enum(EXCEPTION_KINDS), startMinute: z.number().int(), endMinute: z.number().int(), note: z.string().nullable() })),
  })
  .meta({ id: "CounselorAvailability" });
export const availabilityJson = (a: AvailabilityView) => a;

/** An appointment as the API gives it: never the session record's text. */
export const appointmentJsonSchema = z
  .object({
    id: z.number().int(),
    status: z.enum(APPOINTMENT_STATUSES),
    mode: z.enum(APPOINTMENT_MODES),
    urgency: z.enum(APPOINTMENT_URGENCIES),
    serviceId: z.number().int(),
    serviceName: z.string(),
    counselorId: z.number().int().nullable(),
    counselorName: z.string().nullable(),
    residentId: z.number().int(),
    residentName: z.string(),
    startAt: iso().nullable(),
    endAt: iso().nullable(),
    holdExpiresAt: iso().nullable(),
    roomId: z.number().int().nullable(),
    roomName: z.string().nullable(),
    preferredTimes: z.array(z.string()),
    source: z.enum(APPOINTMENT_SOURCES).meta({ description: "direct：直接预约；hotline：热线来电转介；care：关爱走访转介" }),
    sourceId: z.number().int().nullable().meta({ description: "转介来源记录的 id（来电 id 或走访 id）" }),
    createdAt: iso(),
    version: z.number().int(),
  })
  .meta({ id: "Appointment" });

export const appointmentJson = (a: AppointmentListItem) => ({
  id: a.id,
  status: a.status,
  mode: a.mode,
  urgency: a.urgency,
  serviceId: a.service.id,
  serviceName: a.service.name,
  counselorId: a.counselor?.id ?? null,
  counselorName: a.counselor?.name ?? null,
  residentId: a.resident.id,
  residentName: a.resident.name,
  startAt: isoOrNull(a.startAt),
  endAt: isoOrNull(a.endAt),
  holdExpiresAt: isoOrNull(a.holdExpiresAt),
  roomId: a.room?.id ?? null,
  roomName: a.room?.name ?? null,
  preferredTimes: a.preferredTimes,
  source: a.source.type,
  sourceId: a.source.id,
  createdAt: toIsoLocal(a.createdAt),
  version: a.version,
});

export const appointmentDetailJsonSchema = appointmentJsonSchema
  .extend({
    note: z.string().nullable().meta({ description: "the resident's need as they wrote it" }),
    cancelReason: z.string().nullable(),
    declineReason: z.string().nullable(),
    hasSessionRecord: z.boolean().meta({ description: "whether a session record exists; its text is only at …/session-record" }),
    events: z.array(z.object({ at: iso(), from: z.enum(APPOINTMENT_STATUSES).nullable(), to: z.enum(APPOINTMENT_STATUSES), action: z.string(), reason: z.string().nullable() })),
  })
  .meta({ id: "AppointmentDetail" });

export const appointmentDetailJson = (a: AppointmentDetail) => ({
  ...appointmentJson(a),
  note: a.need,
  cancelReason: a.cancelReason,
  declineReason: a.declineReason,
  hasSessionRecord: a.hasSessionRecord,
  events: a.events.map((e) => ({ at: toIsoLocal(e.at), from: e.from, to: e.to, action: e.action, reason: e.reason })),
});

export const sessionRecordJsonSchema = z
  .object({
    id: z.number().int(),
    appointmentId: z.number().int(),
    authorId: z.number().int(),
    authorName: z.string(),
    presentingIssue: z.string(),
    assessment: z.string(),
    intervention: z.string(),
    plan: z.string(),
    nextStep: z.string().nullable(),
    riskLevel: z.enum(RISK_LEVELS),
    createdAt: iso(),
    updatedAt: iso().nullable(),
  })
  .meta({ id: "SessionRecord" });

export const sessionRecordJson = (r: SessionRecordView) => ({
  id: r.id,
  appointmentId: r.appointmentId,
  authorId: r.author.id,
  authorName: r.author.name,
  presentingIssue: r.presentingIssue,
  assessment: r.assessment,
  intervention: r.intervention,
  plan: r.plan,
  nextStep: r.nextStep,
  riskLevel: r.riskLevel,
  createdAt: toIsoLocal(r.createdAt),
  updatedAt: isoOrNull(r.updatedAt),
});

export const requestResultJsonSchema = z
  .object({
    id: z.number().int(),
    status: z.enum(APPOINTMENT_STATUSES),
    mode: z.enum(APPOINTMENT_MODES),
    serviceId: z.number().int(),
    counselorId: z.number().int().nullable(),
    startAt: iso().nullable(),
    endAt: iso().nullable(),
    holdExpiresAt: iso().nullable(),
    roomId: z.number().int().nullable(),
  })
  .meta({ id: "AppointmentRequestResult" });
