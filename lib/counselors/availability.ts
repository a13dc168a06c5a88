import type { ExceptionKind } from "@/db/schema";

/** [startMinute, endMinute) of a local day. */
export type Window = [number, number];

export interface RuleLike {
  weekday: number;
  startMinute: number;
  endMinute: number;
  validFrom: string | null;
  validTo: string | null;
}

export interface ExceptionLike {
  date: string;
  kind: ExceptionKind;
  startMinute: number;
  endMinute: number;
}

function merge(ws: Window[]): Window[] {
  const sorted = [...ws].sort((a, b) => a[0] - b[0]);
  const out: Window[] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

function subtract(ws: Window[], cut: Window): Window[] {
  const out: Window[] = [];
  for (const [s, e] of ws) {
    if (cut[1] <= s || cut[0] >= e) out.push([s, e]);
    else {
      if (cut[0] > s) out.push([s, cut[0]]);
      if (cut[1] < e) out.push([cut[1], e]);
    }
  }
  return out;
}

/**
 * A counsellor's working windows on one local date: the weekly rules valid that day, plus extra
 * hours, minus leave. `date` is "YYYY-MM-DD", `weekday` its local weekday (0 = Sunday).
 */
export function windowsOn(rules: readonly RuleLike[], exceptions: readonly ExceptionLike[], date: string, weekday: number): Window[] {
  let ws: Window[] = [];
  for (const r of rules) {
    if (r.weekday !== weekday) continue;
    if (r.validFrom && date < r.validFrom) continue;
    if (r.validTo && date > r.validTo) continue;
    ws.push([r.startMinute, r.endMinute]);
  }
  for (const x of exceptions) if (x.date === date && x.kind === "extra") ws.push([x.startMinute, x.endMinute]);
  ws = merge(ws);
  for (const x of exceptions) if (x.date === date && x.kind === "leave") ws = subtract(ws, [x.startMinute, x.endMinute]);
  return ws;
}

/** Whether [from, to) minutes of the day lies inside one window. */
export function withinWindows(ws: readonly Window[], from: number, to: number): boolean {
  return ws.some(([s, e]) => from >= s && to <= e);
}

/** "09:00" for minute 540; 1440 is "24:00". */
export function minuteLabel(m: number): string {
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/** "09:30" → 570, or null. "24:00" is allowed as the end of a day. */
export function parseMinute(v: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(v);
  if (!m) return null;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  if (mi > 59 || h > 24 || (h === 24 && mi !== 0)) return null;
  return h * 60 + mi;
}
