// Use wherever a hotline call's or session's risk level (none … imminent) is shown. High and
// imminent are solid red so they stand out in a list; the words always say the level.
import clsx from "clsx";
import { label, t } from "@/lib/i18n/messages";

export type RiskLevel = "none" | "low" | "medium" | "high" | "imminent";

const STYLE: Record<RiskLevel, string> = {
  none: "border-stone-300 bg-stone-50 text-stone-700",
  low: "border-emerald-300 bg-emerald-50 text-emerald-900",
  medium: "border-amber-300 bg-amber-50 text-amber-950",
  high: "border-red-700 bg-red-700 text-white",
  imminent: "border-red-900 bg-red-900 text-white ring-2 ring-red-300",
};

export function RiskLevelBadge({ level, className }: { level: RiskLevel; className?: string }) {
  return (
    <span className={clsx("inline-flex items-center gap-1 rounded-full border px-2.5 py-0.5 text-sm font-semibold whitespace-nowrap", STYLE[level], className)}>
      {level === "high" || level === "imminent" ? <span aria-hidden="true">!</span> : null}
      <span className="sr-only">{t("ui.riskLevelLabel")}：</span>
      {label("riskLevel", level)}
    </span>
  );
}
