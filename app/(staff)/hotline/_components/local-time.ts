// The call and roster forms' <input type="datetime-local"> values are centre-local wall times; the
// schemas take ISO instants with an offset. One place converts, through lib/time.
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
