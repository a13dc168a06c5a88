import { parseLocalDate } from "@/lib/time";
import { ROOMS } from "../seed-data";

export type RoomCode = (typeof ROOMS)[number]["code"];

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
// Asia/Shanghai has had no daylight saving since 1991: every local day is 24 h and local = UTC+8.
const OFFSET = 8 * HOUR;

/** The grid every generated booking sits on: half-hour cells from 08:30 (cell 0) to 17:30 (cell 18). */
export const GRID_START_MINUTE = 8 * 60 + 30;
export const CELL_MINUTES = 30;
export const CELLS = 18;

/** Days numbered from the first generated day; `dayStart(i)` is that local midnight as a UTC instant. */
export class Calendar {
  readonly firstMs: number;

  constructor(firstDate: string) {
    const d = parseLocalDate(firstDate);
    if (!d) throw new Error(`bad date ${firstDate}`);
    this.firstMs = d.getTime();
  }

  dayStart(i: number): number {
    return this.firstMs + i * DAY;
  }

  /** 0 = Sunday … 6 = Saturday, local. */
  weekday(i: number): number {
    return new Date(this.dayStart(i) + OFFSET).getUTCDay();
  }

  /** "YYYY-MM-DD", local. */
  date(i: number): string {
    return new Date(this.dayStart(i) + OFFSET).toISOString().slice(0, 10);
  }

  year(i: number): number {
    return new Date(this.dayStart(i) + OFFSET).getUTCFullYear();
  }

  /** Month-day "MM-DD", local. */
  monthDay(i: number): string {
    return this.date(i).slice(5);
  }

  dayOf(ms: number): number {
    return Math.floor((ms - this.firstMs) / DAY);
  }

  /** The instant of a cell's start on day i. */
  cellStart(i: number, cell: number): number {
    return this.dayStart(i) + (GRID_START_MINUTE + cell * CELL_MINUTES) * MINUTE;
  }
}

/** Whole-day local date arithmetic on "YYYY-MM-DD" strings. */
export function shiftDate(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function shiftMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** The open cells [from, to) of a room on a weekday, from its opening hours; null when closed. */
export function openCells(hours: readonly ([number, number] | null)[], weekday: number): [number, number] | null {
  const h = hours[weekday];
  if (!h) return null;
  return [Math.ceil((h[0] - GRID_START_MINUTE) / CELL_MINUTES), Math.floor((h[1] - GRID_START_MINUTE) / CELL_MINUTES)];
}

/**
 * One day's occupancy of the eight rooms, in places per cell. Only live bookings are put here, so
 * exclusive rooms never overlap and shared rooms never exceed capacity.
 */
export class RoomDay {
  private readonly used: Int16Array[];

  constructor(private readonly rooms: readonly { mode: string; capacity: number }[]) {
    this.used = rooms.map(() => new Int16Array(CELLS));
  }

  reset(): void {
    for (const u of this.used) u.fill(0);
  }

  fits(room: number, from: number, to: number, places: number): boolean {
    const r = this.rooms[room];
    const u = this.used[room];
    const limit = r.mode === "exclusive" ? 1 : r.capacity;
    const need = r.mode === "exclusive" ? 1 : places;
    for (let c = from; c < to; c++) if (u[c] + need > limit) return false;
    return true;
  }

  take(room: number, from: number, to: number, places: number): void {
    const r = this.rooms[room];
    const u = this.used[room];
    const need = r.mode === "exclusive" ? 1 : places;
    for (let c = from; c < to; c++) u[c] += need;
  }
}

/** Integer daily quotas whose sum is exactly `total`, in proportion to the weights (cumulative rounding). */
export function quotas(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = new Array<number>(weights.length).fill(0);
  if (sum <= 0 || total <= 0) return out;
  let acc = 0;
  let given = 0;
  for (let i = 0; i < weights.length; i++) {
    acc += weights[i];
    const upTo = Math.round((total * acc) / sum);
    out[i] = upTo - given;
    given = upTo;
  }
  return out;
}

/** A binary min-heap of [key, id] (ties by id): the care work list's "most overdue first". */
export class MinHeap {
  private keys: number[] = [];
  private ids: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  private less(a: number, b: number): boolean {
    return this.keys[a] < this.keys[b] || (this.keys[a] === this.keys[b] && this.ids[a] < this.ids[b]);
  }

  private swap(a: number, b: number): void {
    [this.keys[a], this.keys[b]] = [this.keys[b], this.keys[a]];
    [this.ids[a], this.ids[b]] = [this.ids[b], this.ids[a]];
  }

  push(key: number, id: number): void {
    this.keys.push(key);
    this.ids.push(id);
    let i = this.keys.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }

  pop(): { key: number; id: number } | null {
    if (this.keys.length === 0) return null;
    const top = { key: this.keys[0], id: this.ids[0] };
    const lastKey = this.keys.pop()!;
    const lastId = this.ids.pop()!;
    if (this.keys.length > 0) {
      this.keys[0] = lastKey;
      this.ids[0] = lastId;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.keys.length && this.less(l, m)) m = l;
        if (r < this.keys.length && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
}
