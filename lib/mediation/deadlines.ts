import { tz } from "@date-fns/tz";
import { addMonths } from "date-fns";
import type { MediationStatus } from "@/db/schema";
import { CENTRE_TZ, toLocalDate } from "../time";
import { FOLLOW_UP_STATES, SETTLEMENT_STATES } from "./workflow";

/** A case is flagged "near its deadline" this many days (or fewer) before it. */
export const NEAR_DEADLINE_DAYS = 5;
/** Parties may apply for judicial confirmation within 30 days of the agreement taking effect. */
export const JUDICIAL_CONFIRMATION_DAYS = 30;
/** A follow-up visit is due within this many days after the performance deadline (or signing). */
export const FOLLOW_UP_WITHIN_DAYS = 15;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayNumber(date: string): number {
  const m = DATE.exec(date);
  if (!m) throw new Error(`not a local date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}

/** Calendar days from `today` to `date` (negative when the date has passed). */
export function daysUntil(date: string, today: string): number {
  return dayNumber(date) - dayNumber(today);
}

/** A local date plus n calendar days. */
export function addDaysToDate(date: string, n: number): string {
  const d = new Date((dayNumber(date) + n) * 86_400_000);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
}

/** One month after acceptance, in centre-local calendar terms (31 Jan → 28/29 Feb). */
export function settlementDeadline(acceptedAt: Date): string {
  return toLocalDate(addMonths(acceptedAt, 1, { in: tz(CENTRE_TZ) }));
}

/** The last day on which the parties may apply for judicial confirmation. */
export function judicialConfirmationEnd(signedOn: string): string {
  return addDaysToDate(signedOn, JUDICIAL_CONFIRMATION_DAYS);
}

/** When the first follow-up visit after an agreement falls due. */
export function followUpDueAfterAgreement(agreement: { signedOn: string; performanceDeadlineOn: string | null }): string {
  return addDaysToDate(agreement.performanceDeadlineOn ?? agreement.signedOn, FOLLOW_UP_WITHIN_DAYS);
}

export type DeadlineKind = "settlement" | "follow_up";
export type DeadlineState = "ok" | "near" | "overdue";

export interface CaseDeadline {
  kind: DeadlineKind;
  dueOn: string;
  state: DeadlineState;
  /** Calendar days left (negative: days overdue). */
  days: number;
}

export function deadlineState(dueOn: string, today: string): DeadlineState {
  const days = daysUntil(dueOn, today);
  if (days < 0) return "overdue";
  return days <= NEAR_DEADLINE_DAYS ? "near" : "ok";
}

export function effectiveDeadline(c: { deadlineOn: string | null; extendedDeadlineOn: string | null }): string | null {
  return c.extendedDeadlineOn ?? c.deadlineOn;
}

/** The deadline that currently runs for a case, if any: settlement first, else the follow-up. */
export function currentDeadline(
  c: { status: MediationStatus; deadlineOn: string | null; extendedDeadlineOn: string | null; followUpDueOn: string | null },
  today: string,
): CaseDeadline | null {
  const settle = effectiveDeadline(c);
  if (SETTLEMENT_STATES.includes(c.status) && settle) return { kind: "settlement", dueOn: settle, state: deadlineState(settle, today), days: daysUntil(settle, today) };
  if (FOLLOW_UP_STATES.includes(c.status) && c.followUpDueOn) {
    return { kind: "follow_up", dueOn: c.followUpDueOn, state: deadlineState(c.followUpDueOn, today), days: daysUntil(c.followUpDueOn, today) };
  }
  return null;
}
