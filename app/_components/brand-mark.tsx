// Use for the centre's mark and name (login, the shells' headers, error pages). The same drawing
// as app/icon.svg: two leaves sheltering a dot — calm, no text.
import clsx from "clsx";
import { t } from "@/lib/i18n/messages";

export function BrandMark({ className = "size-9" }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" className={className}>
      <rect width="32" height="32" rx="9" fill="#0f766e" />
      <path d="M16 25c-5.5-1.2-8.5-5.3-8-11.5 4.6.3 7.6 3 8 7.6.4-4.6 3.4-7.3 8-7.6.5 6.2-2.5 10.3-8 11.5Z" fill="#ccfbf1" />
      <circle cx="16" cy="9.5" r="2.6" fill="#fef3c7" />
    </svg>
  );
}

/** The mark with "安康" and, unless compact, the centre's full name. */
export function Brand({ compact = false, className }: { compact?: boolean; className?: string }) {
  return (
    <span className={clsx("inline-flex items-center gap-2.5", className)}>
      <BrandMark className={compact ? "size-8" : "size-10"} />
      <span className="leading-tight">
        <span className="block text-lg font-semibold text-teal-900">{t("app.name")}</span>
        {compact ? null : <span className="block text-sm text-stone-600">{t("app.fullName")}</span>}
      </span>
    </span>
  );
}
