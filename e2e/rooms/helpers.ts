import { expect, type APIRequestContext } from "@playwright/test";
import { bearer } from "../helpers";

/** The centre-local date (Asia/Shanghai) `days` from today, "2026-12-01", whatever the runner's TZ. */
export function localDay(days: number, from = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(from.getTime() + days * 86_400_000));
}

/** "12月21日 周一": the centre's short date label of a local date. */
export function shortLabel(day: string): string {
  const d = new Date(`${day}T12:00:00+08:00`);
  const wd = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"][d.getUTCDay()];
  return `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日 ${wd}`;
}

export const iso = (day: string, hhmm: string) => `${day}T${hhmm}:00+08:00`;

interface RoomJson {
  id: number;
  code: string;
  name: string;
  openingHours: ([number, number] | null)[];
}

export async function roomsByCode(request: APIRequestContext, token: string): Promise<Record<string, RoomJson>> {
  const res = await request.get("/api/v1/rooms", { headers: bearer(token) });
  expect(res.status()).toBe(200);
  const { items } = (await res.json()) as { items: RoomJson[] };
  return Object.fromEntries(items.map((r) => [r.code, r]));
}

const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

async function busyOn(request: APIRequestContext, token: string, roomId: number, day: string): Promise<number[][]> {
  const list = await request.get(`/api/v1/rooms/${roomId}/reservations?from=${day}&to=${day}&limit=200`, { headers: bearer(token) });
  expect(list.status()).toBe(200);
  const busy = ((await list.json()).items as { startAt: string; endAt: string }[]).map((r) => [Date.parse(r.startAt), Date.parse(r.endAt)]);
  const blackouts = ((await (await request.get(`/api/v1/blackouts?from=${day}&to=${day}`, { headers: bearer(token) })).json()).items as { roomId: number | null; startAt: string; endAt: string }[])
    .filter((b) => b.roomId === null || b.roomId === roomId)
    .map((b) => [Date.parse(b.startAt), Date.parse(b.endAt)]);
  return [...busy, ...blackouts];
}

/**
 * A window of `minutes` in which the room has no live reservation and no blackout at all (so a
 * shared room is wholly free), searching days from `fromDays` ahead; with `weeks`, the same
 * window is also free on each of the following weeks. Uses the staff view.
 */
export async function emptyWindow(request: APIRequestContext, staffToken: string, room: RoomJson, minutes: number, fromDays = 20, weeks = 0): Promise<{ day: string; startAt: string; endAt: string }> {
  for (let offset = fromDays; offset < fromDays + 60; offset++) {
    const day = localDay(offset);
    const hours = room.openingHours[new Date(`${day}T12:00:00+08:00`).getUTCDay()];
    if (!hours) continue;
    const busy: number[][][] = [];
    for (let w = 0; w <= weeks; w++) busy.push(await busyOn(request, staffToken, room.id, localDay(offset + 7 * w)));
    for (let m = hours[0]; m + minutes <= hours[1]; m += 30) {
      const s = Date.parse(iso(day, clock(m)));
      const e = s + minutes * 60_000;
      const free = busy.every((list, w) => list.every(([bs, be]) => be <= s + w * 7 * 86_400_000 || bs >= e + w * 7 * 86_400_000));
      if (free) return { day, startAt: iso(day, clock(m)), endAt: iso(day, clock(m + minutes)) };
    }
  }
  throw new Error(`no empty window in ${room.code}`);
}
