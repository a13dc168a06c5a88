/** The [start, end) instants a statistic covers, with its first and last local dates (inclusive). */
export interface Range {
  start: Date;
  end: Date;
  from: string;
  to: string;
}

/** a / b, or null when there is nothing to divide by (shown as "—", never as 0 %). */
export function ratio(a: number, b: number): number | null {
  return b > 0 ? a / b : null;
}
