// Use once per form for everything that is not one field's error: the server's message
// (conflict, permission, "系统出现问题"), or a success note. Errors use role="alert" so screen
// readers announce them; tests should scope their alert locator to the form.
import type { ReactNode } from "react";
import clsx from "clsx";
import { Icon, type IconName } from "./icon";

export type FormMessageTone = "error" | "success" | "info" | "warning";

const TONE: Record<FormMessageTone, { cls: string; icon: IconName }> = {
  error: { cls: "border-red-300 bg-red-50 text-red-900", icon: "alert" },
  warning: { cls: "border-amber-300 bg-amber-50 text-amber-950", icon: "alert" },
  success: { cls: "border-emerald-300 bg-emerald-50 text-emerald-900", icon: "check" },
  info: { cls: "border-sky-300 bg-sky-50 text-sky-950", icon: "info" },
};

export function FormMessage({ tone = "error", children, className }: { tone?: FormMessageTone; children?: ReactNode; className?: string }) {
  if (!children) return null;
  const { cls, icon } = TONE[tone];
  return (
    <div role={tone === "error" ? "alert" : "status"} className={clsx("flex items-start gap-2 rounded-lg border px-4 py-3", cls, className)}>
      <Icon name={icon} className="mt-0.5 size-5 shrink-0" />
      <div className="min-w-0">{children}</div>
    </div>
  );
}
