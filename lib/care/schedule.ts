import type { RiskColor } from "@/db/schema";
import { addLocalDays, parseLocalDate, startOfLocalWeek, toLocalDate } from "../time";
import { colorRank } from "./policy";

/**
 * The arithmetic of the visit schedule, in centre-local calendar days ("YYYY-MM-DD"), whatever the
 * server's time zone: a person is next due `cadence[colour]` days after the local date of their last
 * visit; a person not visited since entering care is due on the day they entered (at once).
 */
export type Cadence = Record<RiskColor, number>;

export const DEFAULT_CADENCE: Cadence = { red: 7, yellow: 14, green: 30 };

const DAY_MS = 86_400_000;

function dateOf(local: string): Date {
  const d = parseLocalDate(local);
  if (!d) throw new Error(`not a local date: ${local}`);
  return d;
}

export function addDaysToLocalDate(local: string, days: number): string {
  return toLocalDate(addLocalDays(dateOf(local), days));
}

/** Whole local days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateOf(to).getTime() - dateOf(from).getTime()) / DAY_MS);
}

export interface ScheduleState {
  status: "active" | "exited";
  riskColor: RiskColor;
  registeredOn: string;
  lastVisitAt: Date | null;
}

/** The stored `nextVisitDue` of a person in this state: null once they have left care. */
export function computeNextVisitDue(p: ScheduleState, cadence: Cadence): string | null {
  if (p.status !== "active") return null;
  if (!p.lastVisitAt) return p.registeredOn;
  const next = addDaysToLocalDate(toLocalDate(p.lastVisitAt), cadence[p.riskColor]);
  // Someone (re-)entering care after their last recorded visit is due at once, not on the old rhythm.
  return next < p.registeredOn ? p.registeredOn : next;
}

/** How many days a visit is late on the local date `today` (0 when not yet late). */
export function overdueDays(nextVisitDue: string | null, today: string): number {
  if (!nextVisitDue) return 0;
  return Math.max(0, daysBetween(nextVisitDue, today));
}

export type DueBucket = "overdue" | "thisWeek" | "later";

/** The last local date of the centre week (Monday–Sunday) containing `now`. */
export function endOfThisWeek(now: Date): string {
  return toLocalDate(addLocalDays(startOfLocalWeek(now), 6));
}

export function bucketOf(nextVisitDue: string, today: string, weekEnd: string): DueBucket {
  if (nextVisitDue < today) return "overdue";
  if (nextVisitDue <= weekEnd) return "thisWeek";
  return "later";
}

/** The work list's order: most days overdue first, then red before yellow before green, then due date. */
export function compareDue(a: { nextVisitDue: string; riskColor: RiskColor; id: number }, b: { nextVisitDue: string; riskColor: RiskColor; id: number }, today: string): number {
  return (
    overdueDays(b.nextVisitDue, today) - overdueDays(a.nextVisitDue, today) ||
    colorRank(a.riskColor) - colorRank(b.riskColor) ||
    (a.nextVisitDue < b.nextVisitDue ? -1 : a.nextVisitDue > b.nextVisitDue ? 1 : 0) ||
    a.id - b.id
  );
}
