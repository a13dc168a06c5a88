import { t } from "../i18n/messages";
import { parseLocalDate, toLocalDate } from "../time";

/**
 * A statistics period: a calendar month ("2026-11"), quarter ("2026-Q4") or year ("2026") of the
 * centre's local calendar. `start`/`end` are the instants [start, end) it covers.
 */
export type PeriodKind = "month" | "quarter" | "year";

export interface Period {
  kind: PeriodKind;
  /** The canonical code: "2026-11", "2026-Q4" or "2026". */
  code: string;
  year: number;
  /** 1–12 for a month, 1–4 for a quarter, 1 for a year. */
  index: number;
  /** First and last local dates, inclusive ("2026-11-01", "2026-11-30"). */
  from: string;
  to: string;
  start: Date;
  end: Date;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEAR = /^(\d{4})$/;

const pad = (n: number) => String(n).padStart(2, "0");

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function build(kind: PeriodKind, year: number, index: number): Period | null {
  if (year < 2000 || year > 2100) return null;
  const [firstMonth, months] = kind === "month" ? [index, 1] : kind === "quarter" ? [(index - 1) * 3 + 1, 3] : [1, 12];
  const lastMonth = firstMonth + months - 1;
  const from = `${year}-${pad(firstMonth)}-01`;
  const to = `${year}-${pad(lastMonth)}-${pad(lastDay(year, lastMonth))}`;
  const start = parseLocalDate(from);
  const nextFrom = lastMonth === 12 ? `${year + 1}-01-01` : `${year}-${pad(lastMonth + 1)}-01`;
  const end = parseLocalDate(nextFrom);
  if (!start || !end) return null;
  const code = kind === "month" ? `${year}-${pad(index)}` : kind === "quarter" ? `${year}-Q${index}` : String(year);
  return { kind, code, year, index, from, to, start, end };
}

/** Parses "2026-11", "2026-Q4" or "2026"; anything else (or a year outside 2000–2100) is null. */
export function parsePeriod(value: string): Period | null {
  let m = MONTH.exec(value);
  if (m) return build("month", Number(m[1]), Number(m[2]));
  m = QUARTER.exec(value);
  if (m) return build("quarter", Number(m[1]), Number(m[2]));
  m = YEAR.exec(value);
  if (m) return build("year", Number(m[1]), 1);
  return null;
}

/** The period of the given kind that contains the instant `now` (centre-local). */
export function periodContaining(kind: PeriodKind, now: Date): Period {
  const [y, mo] = toLocalDate(now).split("-").map(Number);
  const index = kind === "month" ? mo : kind === "quarter" ? Math.ceil(mo / 3) : 1;
  return build(kind, y, index)!;
}

/** The period just before: October for November, Q3 for Q4, 2025 for 2026. */
export function previousPeriod(p: Period): Period {
  if (p.kind === "year") return build("year", p.year - 1, 1)!;
  const per = p.kind === "month" ? 12 : 4;
  return p.index === 1 ? build(p.kind, p.year - 1, per)! : build(p.kind, p.year, p.index - 1)!;
}

/** The last `count` periods of a kind up to and including the one containing `now`, newest first. */
export function recentPeriods(kind: PeriodKind, now: Date, count: number): Period[] {
  const out = [periodContaining(kind, now)];
  while (out.length < count) out.push(previousPeriod(out[out.length - 1]));
  return out;
}

const QUARTER_NAMES = ["stats.period.q1", "stats.period.q2", "stats.period.q3", "stats.period.q4"] as const;

/** "2026年11月", "2026年第四季度", "2026年". */
export function periodLabel(p: Period): string {
  if (p.kind === "month") return t("stats.period.monthLabel", { year: p.year, month: p.index });
  if (p.kind === "quarter") return t("stats.period.quarterLabel", { year: p.year, quarter: t(QUARTER_NAMES[p.index - 1]) });
  return t("stats.period.yearLabel", { year: p.year });
}
