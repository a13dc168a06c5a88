// Turns the form's local date and clock ("2026-12-01", "14:30") into the ISO instant with +08:00
// that the schemas accept, and back — in the browser, whatever its own time zone.
import { formatTime, parseLocalDateTime, toIsoLocal, toLocalDate } from "@/lib/time";

export function isoOf(day: string, hhmm: string): string {
  const d = /^\d{2}:\d{2}$/.test(hhmm) ? parseLocalDateTime(`${day}T${hhmm}`) : null;
  return d ? toIsoLocal(d) : "";
}

export function partsOf(iso: string): { day: string; time: string } {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? { day: "", time: "" } : { day: toLocalDate(d), time: formatTime(d) };
}

export function newRequestKey(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `k${Date.now()}${Math.random().toString(36).slice(2, 10)}`;
}
