// The rooms page keeps its whole state in the URL (week, view, day, the open reservation or the
// booking being made), so every view can be linked, reloaded and rendered on the server.
import type { ReservationPurpose } from "@/db/schema";
import type { Tone } from "@/app/_components/tone";

export interface RoomsView {
  week: string;
  view: "week" | "day";
  day: string;
}

export function roomsHref(v: RoomsView, extra: { r?: number; book?: string } = {}): string {
  const qs = new URLSearchParams({ week: v.week });
  if (v.view === "day") {
    qs.set("view", "day");
    qs.set("day", v.day);
  }
  if (extra.r) qs.set("r", String(extra.r));
  if (extra.book) qs.set("book", extra.book);
  return `/rooms?${qs.toString()}`;
}

/** "12_2026-12-01" or "12_2026-12-01_1430": a room, a day and maybe a start time to book. */
export function bookKey(roomId: number, day: string, hhmm?: string): string {
  return hhmm ? `${roomId}_${day}_${hhmm.replace(":", "")}` : `${roomId}_${day}`;
}

export function parseBookKey(value: string | undefined): { roomId: number; day: string; time: string | null } | null {
  const m = value ? /^(\d{1,9})_(\d{4}-\d{2}-\d{2})(?:_(\d{2})(\d{2}))?$/.exec(value) : null;
  if (!m) return null;
  return { roomId: Number(m[1]), day: m[2], time: m[3] ? `${m[3]}:${m[4]}` : null };
}

/** One colour per purpose, the same in the grid, the day view and the legend. */
export const PURPOSE_TONE: Record<ReservationPurpose, Tone> = {
  appointment: "brand",
  activity: "success",
  mediation: "warning",
  self_service: "info",
  meeting: "neutral",
  other: "neutral",
};
