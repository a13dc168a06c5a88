// Use to show an enum code (appointment status, case status, role) in Chinese with a tone:
// <StatusBadge group="appointmentStatus" code={row.status} tones={{ confirmed: "success", cancelled: "neutral" }} />.
// Codes missing from `tones` are neutral; the words come from label(group, code).
import { label } from "@/lib/i18n/messages";
import { Badge } from "./badge";
import type { Tone } from "./tone";

export function StatusBadge<C extends string>({ group, code, tones }: { group: string; code: C; tones?: Partial<Record<C, Tone>> }) {
  return <Badge tone={tones?.[code] ?? "neutral"}>{label(group, code)}</Badge>;
}
