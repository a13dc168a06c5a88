// The code lists of the schema (API.md "Codes"), without drizzle: client components and the zod
// schemas they share import them from here, so a page's JavaScript carries no table definitions
// (issue 12). Each table file re-exports its own, so `import { X } from "@/db/schema"` still works.

// core
export const ROLES = ["admin", "counselor", "teacher", "hotline", "mediator", "carer", "resident"] as const;
export type Role = (typeof ROLES)[number];
export const COUNSELOR_KINDS = ["expert", "volunteer", "guide"] as const;
export type CounselorKind = (typeof COUNSELOR_KINDS)[number];

// hotline
export const CALLER_KINDS = ["self", "other", "anonymous", "silent", "hangup", "harassment", "info"] as const;
export type CallerKind = (typeof CALLER_KINDS)[number];
export const CALL_CATEGORIES = ["emotion", "family", "relationship", "study", "work", "health", "crisis", "other"] as const;
export type CallCategory = (typeof CALL_CATEGORIES)[number];
export const RISK_LEVELS = ["none", "low", "medium", "high", "imminent"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const CALL_ACTIONS = [
  "safety_plan",
  "guardian_contacted",
  "emergency_110",
  "emergency_120",
  "referred_appointment",
  "referred_mediation",
  "referred_care",
  "other",
] as const;
export type CallAction = (typeof CALL_ACTIONS)[number];
export const CALL_STATUSES = ["draft", "saved"] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];
export const CALLBACK_OUTCOMES = ["done", "no_answer", "rescheduled"] as const;
export type CallbackOutcome = (typeof CALLBACK_OUTCOMES)[number];

// mediation
export const MEDIATION_SOURCES = ["application", "initiative", "police", "court", "government"] as const;
export type MediationSource = (typeof MEDIATION_SOURCES)[number];
export const MEDIATION_DISPUTE_TYPES = ["marriage_family", "neighbour", "housing_land", "property_mgmt", "labour", "damages", "debt", "other"] as const;
export type MediationDisputeType = (typeof MEDIATION_DISPUTE_TYPES)[number];
export const MEDIATION_STATUSES = ["registered", "accepted", "rejected", "in_mediation", "agreed", "failed", "judicial_confirmation", "closed", "archived"] as const;
export type MediationStatus = (typeof MEDIATION_STATUSES)[number];
export const MEDIATION_PARTY_ROLES = ["applicant", "respondent"] as const;
export type MediationPartyRole = (typeof MEDIATION_PARTY_ROLES)[number];
export const MEDIATION_RISK_COLORS = ["red", "yellow", "green"] as const;
export type MediationRiskColor = (typeof MEDIATION_RISK_COLORS)[number];
export const MEDIATION_TEAM_ROLES = ["lead", "assistant", "counselor"] as const;
export type MediationTeamRole = (typeof MEDIATION_TEAM_ROLES)[number];
export const MEDIATION_PERFORMANCE = ["yes", "partly", "no"] as const;
export type MediationPerformance = (typeof MEDIATION_PERFORMANCE)[number];
export const MEDIATION_SATISFACTION = ["satisfied", "basically", "dissatisfied"] as const;
export type MediationSatisfaction = (typeof MEDIATION_SATISFACTION)[number];
export const MEDIATION_FOLLOW_UP_METHODS = ["home", "phone", "centre", "other"] as const;
export type MediationFollowUpMethod = (typeof MEDIATION_FOLLOW_UP_METHODS)[number];

// rooms
export const RESERVATION_STATUSES = ["held", "confirmed", "cancelled"] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];
export const RESERVATION_PURPOSES = ["appointment", "activity", "mediation", "self_service", "meeting", "other"] as const;
export type ReservationPurpose = (typeof RESERVATION_PURPOSES)[number];

// care
export const CARE_GROUPS = ["corrections", "bereaved", "petitioner", "left_behind"] as const;
export type CareGroup = (typeof CARE_GROUPS)[number];
export const LEFT_BEHIND_KINDS = ["elderly", "children", "women"] as const;
export type LeftBehindKind = (typeof LEFT_BEHIND_KINDS)[number];
export const RISK_COLORS = ["red", "yellow", "green"] as const;
export type RiskColor = (typeof RISK_COLORS)[number];
export const CARE_STATUSES = ["active", "exited"] as const;
export type CareStatus = (typeof CARE_STATUSES)[number];
export const VISIT_KINDS = ["home", "phone", "activity", "centre"] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];
/** Corrections work is the centre's legal duty; every other group is cared for with consent. */
export const LEGAL_BASES = ["consent", "legal_duty"] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];
export const REFERRAL_KINDS = ["appointment", "mediation"] as const;
export type ReferralKind = (typeof REFERRAL_KINDS)[number];
export const FOLLOW_UP_SOURCES = ["hotline"] as const;
export type FollowUpSource = (typeof FOLLOW_UP_SOURCES)[number];
export const FOLLOW_UP_STATUSES = ["open", "done"] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

// activities
export const ACTIVITY_TYPES = ["group_counselling", "lecture", "stress_relief", "parent_child", "other"] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export const ACTIVITY_STATUSES = ["open", "full", "closed", "cancelled"] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export const SIGNUP_STATUSES = ["registered", "waitlisted", "cancelled", "attended", "absent"] as const;
export type SignupStatus = (typeof SIGNUP_STATUSES)[number];
export const ASSESSMENT_SCALES = ["PHQ-9", "GAD-7"] as const;
export type AssessmentScale = (typeof ASSESSMENT_SCALES)[number];
export const ASSESSMENT_BANDS = ["无/极轻", "轻度", "中度", "中重度", "重度"] as const;
export type AssessmentBand = (typeof ASSESSMENT_BANDS)[number];
export const ALERT_STATUSES = ["open", "handled"] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];
export const RESIDENT_MESSAGE_KINDS = ["activity_cancelled", "activity_changed", "waitlist_promoted"] as const;
export type ResidentMessageKind = (typeof RESIDENT_MESSAGE_KINDS)[number];

// appointments
export const APPOINTMENT_STATUSES = ["requested", "confirmed", "checked_in", "completed", "cancelled", "declined", "no_show"] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];
/** `slot`: the resident picked a counsellor and a time (held); `order` (订单式): needs and preferred times, the centre matches. */
export const APPOINTMENT_MODES = ["slot", "order"] as const;
export type AppointmentMode = (typeof APPOINTMENT_MODES)[number];
export const APPOINTMENT_URGENCIES = ["normal", "soon", "urgent"] as const;
export type AppointmentUrgency = (typeof APPOINTMENT_URGENCIES)[number];
/** Where a request came from: made directly (resident or staff), or by a referral of a hotline call or a care visit. */
export const APPOINTMENT_SOURCES = ["direct", "hotline", "care"] as const;
export type AppointmentSource = (typeof APPOINTMENT_SOURCES)[number];
export const EXCEPTION_KINDS = ["leave", "extra"] as const;
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number];

// notifications
export const NOTIFICATION_TYPES = [
  "appointment_requested",
  "appointment_confirmed",
  "appointment_changed",
  "appointment_cancelled",
  "appointment_declined",
  "appointment_reminder",
  "activity_reminder",
  "activity_changed",
  "activity_cancelled",
  "waitlist_promoted",
  "callback_due",
  "imminent_call",
  "mediation_deadline",
  "care_overdue",
  "care_follow_up",
  "mediation_referral",
  "assessment_alert",
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];
export const CHANNELS = ["log", "webhook", "sms"] as const;
export type ChannelCode = (typeof CHANNELS)[number];
export const OUTBOX_STATUSES = ["pending", "sent", "dead"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
export const FEED_KINDS = ["user", "room"] as const;
export type FeedKind = (typeof FEED_KINDS)[number];
