// Use for short labels of state beside a record: a tone (colour) plus words — never colour alone.
// For enum codes use StatusBadge (label from the catalogue); for risk use RiskColorBadge /
// RiskLevelBadge so they look the same in every area.
import type { ReactNode } from "react";
import clsx from "clsx";
import { DOT_TONE, SOFT_TONE, type Tone } from "./tone";

export function Badge({ tone = "neutral", children, className, dot = true }: { tone?: Tone; children: ReactNode; className?: string; dot?: boolean }) {
  return (
    <span className={clsx("inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-sm font-medium whitespace-nowrap", SOFT_TONE[tone], className)}>
      {dot ? <span aria-hidden="true" className={clsx("size-2 rounded-full", DOT_TONE[tone])} /> : null}
      {children}
    </span>
  );
}
