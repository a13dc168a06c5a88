// Use wherever a person's or case's 三色预警 colour (red / yellow / green) is shown: the colour
// plus the word 红 / 黄 / 绿, so it is readable without colour vision.
import clsx from "clsx";
import { label, t } from "@/lib/i18n/messages";

export type RiskColor = "red" | "yellow" | "green";

const STYLE: Record<RiskColor, { box: string; dot: string }> = {
  red: { box: "border-red-300 bg-red-50 text-red-900", dot: "bg-red-600" },
  yellow: { box: "border-amber-300 bg-amber-50 text-amber-950", dot: "bg-amber-400" },
  green: { box: "border-emerald-300 bg-emerald-50 text-emerald-900", dot: "bg-emerald-600" },
};

export function RiskColorBadge({ color, className }: { color: RiskColor; className?: string }) {
  const s = STYLE[color];
  return (
    <span className={clsx("inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-sm font-semibold whitespace-nowrap", s.box, className)}>
      <span aria-hidden="true" className={clsx("size-2.5 rounded-full", s.dot)} />
      <span className="sr-only">{t("ui.riskColorLabel")}：</span>
      {label("riskColor", color)}
    </span>
  );
}
