// Use wherever the centre's psychological hotline is offered (login, resident portal, assessment
// results): a tel: link with the number written out. Variant "big" is the resident's call button.
import clsx from "clsx";
import { t } from "@/lib/i18n/messages";
import { Icon } from "./icon";

export function hotlineHref(): string {
  return `tel:${t("app.hotlineNumber").replace(/[^\d+]/g, "")}`;
}

export function HotlineLink({ variant = "inline", label = t("app.hotline"), className }: { variant?: "inline" | "big"; label?: string; className?: string }) {
  const number = t("app.hotlineNumber");
  if (variant === "big") {
    return (
      <a
        href={hotlineHref()}
        className={clsx(
          "flex min-h-16 w-full items-center gap-4 rounded-2xl bg-teal-700 px-5 py-4 text-white no-underline shadow-sm hover:bg-teal-800 active:bg-teal-900",
          className,
        )}
      >
        <span className="flex size-12 shrink-0 items-center justify-center rounded-full bg-white/15">
          <Icon name="phone" className="size-7" />
        </span>
        <span className="leading-snug">
          <span className="block text-lg font-semibold">{label}</span>
          <span className="block text-2xl font-bold tracking-wide tabular-nums">{number}</span>
        </span>
      </a>
    );
  }
  return (
    <a href={hotlineHref()} className={clsx("inline-flex items-center gap-1.5 font-semibold text-teal-800 underline tabular-nums hover:text-teal-900", className)}>
      <Icon name="phone" className="size-4" />
      {number}
    </a>
  );
}
