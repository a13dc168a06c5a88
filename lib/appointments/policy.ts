import type { AppointmentStatus, AppointmentUrgency, RiskLevel } from "@/db/schema";
import { hasRole, isStaff, type Actor } from "../auth/actor";

/** Minutes kept free between two sessions of one counsellor. */
export const BUFFER_MINUTES = 10;
/** A resident books at least this long ahead; staff (walk-in, phone) may book any later time. */
export const RESIDENT_NOTICE_MINUTES = 120;
/** How long a resident's chosen slot stays held while the counsellor confirms (never past its start). */
export const HOLD_HOURS = 48;
/** Candidate start times within an availability window, from its start. */
export const SLOT_STEP_MINUTES = 30;
/** Requests and confirmed sessions a resident may have open at once. */
export const RESIDENT_MAX_OPEN = 3;
/** Check-in opens this long before the start. */
export const CHECK_IN_EARLY_MINUTES = 60;

export type AppointmentHead = {
  residentId: number;
  counselorId: number | null;
  status: AppointmentStatus;
  startAt: Date | null;
  endAt: Date | null;
};

const isAdmin = (a: Actor) => hasRole(a, "admin");
const isCounselor = (a: Actor) => hasRole(a, "counselor");
export const isResidentActor = (a: Actor) => !isStaff(a) && hasRole(a, "resident") && a.residentId !== null;

/** Who works with appointments at all: residents (their own), counsellors and admins. */
export function canUseAppointments(actor: Actor): boolean {
  return isAdmin(actor) || isCounselor(actor) || isResidentActor(actor);
}

/** Staff who book on a resident's behalf (walk-in, phone) and see the triage queue. */
export function canBookForOthers(actor: Actor): boolean {
  return isAdmin(actor) || isCounselor(actor);
}

/**
 * Admin: every appointment. Counsellor: their own, and unassigned requests waiting in triage (to
 * take one). Resident: their own. Anyone else: none (404).
 */
export function canSeeAppointment(actor: Actor, a: AppointmentHead): boolean {
  if (isAdmin(actor)) return true;
  if (isCounselor(actor) && (a.counselorId === actor.userId || (a.counselorId === null && a.status === "requested"))) return true;
  return isResidentActor(actor) && a.residentId === actor.residentId;
}

/** The counsellor it is assigned to, or an admin. */
export function isResponsible(actor: Actor, a: Pick<AppointmentHead, "counselorId">): boolean {
  return isAdmin(actor) || (isCounselor(actor) && a.counselorId !== null && a.counselorId === actor.userId);
}

/** Confirm / match: admin for anyone; a counsellor for themselves (their own request, or taking an unassigned one). */
export function canConfirm(actor: Actor, a: Pick<AppointmentHead, "counselorId">, counselorId: number | null): boolean {
  if (isAdmin(actor)) return true;
  if (!isCounselor(actor)) return false;
  const target = counselorId ?? a.counselorId;
  return target === actor.userId && (a.counselorId === null || a.counselorId === actor.userId);
}

export function canDecline(actor: Actor, a: Pick<AppointmentHead, "counselorId">): boolean {
  return isAdmin(actor) || (isCounselor(actor) && (a.counselorId === null || a.counselorId === actor.userId));
}

/** Cancel: its resident, its counsellor, or an admin. */
export function canCancel(actor: Actor, a: AppointmentHead): boolean {
  return isResponsible(actor, a) || (isResidentActor(actor) && a.residentId === actor.residentId);
}

/** Completing writes the session record, so only the appointment's own counsellor may. */
export function canComplete(actor: Actor, a: Pick<AppointmentHead, "counselorId">): boolean {
  return isCounselor(actor) && a.counselorId !== null && a.counselorId === actor.userId;
}

/** The states from which each change is legal. */
export const LEGAL_FROM: Record<"confirm" | "decline" | "reschedule" | "cancel" | "checkIn" | "noShow" | "complete", readonly AppointmentStatus[]> = {
  confirm: ["requested"],
  decline: ["requested"],
  reschedule: ["confirmed"],
  cancel: ["requested", "confirmed"],
  checkIn: ["confirmed"],
  noShow: ["confirmed"],
  complete: ["confirmed", "checked_in"],
};

/** Still occupying the counsellor's time (a held request counts while its hold lasts). */
export function occupiesCounselor(a: { status: AppointmentStatus; holdExpiresAt: Date | null }, now: Date): boolean {
  if (a.status === "confirmed" || a.status === "checked_in" || a.status === "completed") return true;
  return a.status === "requested" && a.holdExpiresAt !== null && a.holdExpiresAt > now;
}

/** Sort weight in the triage queue: urgent first. */
export function urgencyRank(u: AppointmentUrgency): number {
  return u === "urgent" ? 0 : u === "soon" ? 1 : 2;
}

export function needsFollowUp(level: RiskLevel): boolean {
  return level === "high" || level === "imminent";
}

/** Which next steps the detail page offers this actor (the use cases check again). */
export function nextActions(actor: Actor, a: AppointmentHead, now: Date) {
  const started = a.startAt !== null && a.startAt <= now;
  const ended = a.endAt !== null && a.endAt <= now;
  const checkInOpen = a.startAt !== null && a.endAt !== null && now.getTime() >= a.startAt.getTime() - CHECK_IN_EARLY_MINUTES * 60_000 && !ended;
  return {
    confirm: a.status === "requested" && (isAdmin(actor) || (isCounselor(actor) && (a.counselorId === null || a.counselorId === actor.userId))),
    decline: a.status === "requested" && canDecline(actor, a),
    reschedule: a.status === "confirmed" && !started && isResponsible(actor, a),
    cancel: LEGAL_FROM.cancel.includes(a.status) && !started && canCancel(actor, a),
    checkIn: a.status === "confirmed" && checkInOpen && isResponsible(actor, a),
    noShow: a.status === "confirmed" && started && isResponsible(actor, a),
    complete: LEGAL_FROM.complete.includes(a.status) && started && canComplete(actor, a),
  };
}
export type NextActions = ReturnType<typeof nextActions>;
