// Server-rendered shift pieces: a shift's time span and its staff.
import type { ShiftWithStaff } from "@/lib/hotline/queries";
import { t } from "@/lib/i18n/messages";
import { formatShortDate, formatTime, toLocalDate } from "@/lib/time";

export function shiftSpan(s: { startAt: Date; endAt: Date }): string {
  const end = toLocalDate(s.endAt) === toLocalDate(s.startAt) ? formatTime(s.endAt) : `${formatShortDate(s.endAt)} ${formatTime(s.endAt)}`;
  return `${formatShortDate(s.startAt)} ${t("hotline.shiftTime", { start: formatTime(s.startAt), end })}`;
}

export function ShiftLine({ shift, highlightId }: { shift: ShiftWithStaff; highlightId?: number }) {
  return (
    <li className="flex flex-wrap items-baseline justify-between gap-2 py-2">
      <span className="font-medium tabular-nums text-stone-900">{shiftSpan(shift)}</span>
      <span className="text-stone-700">
        {shift.staff.length ? shift.staff.map((p) => (p.id === highlightId ? `${p.name}（${t("hotline.me")}）` : p.name)).join("、") : "—"}
      </span>
    </li>
  );
}
