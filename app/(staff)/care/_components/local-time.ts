// The forms' <input type="datetime-local"> values are centre-local wall times; the schemas take ISO
// instants with an offset. One place converts, through lib/time.
import { parseLocalDateTime, toIsoLocal, toLocalInput } from "@/lib/time";

export function isoToLocalInput(iso: string | null | undefined): string {
  if (!iso) return "";
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? "" : toLocalInput(d);
}

export function localInputToIso(value: string): string | null {
  const d = parseLocalDateTime(value);
  return d ? toIsoLocal(d) : null;
}

/** A key for one open form, so a repeated submit is recognised as the same visit. */
export function newClientKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
