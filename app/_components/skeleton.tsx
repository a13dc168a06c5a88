// Use in loading.tsx and Suspense fallbacks: grey blocks in the shape of what is coming, with one
// "正在加载…" for screen readers. Keep the shape close to the real page so nothing jumps.
import clsx from "clsx";
import { t } from "@/lib/i18n/messages";

export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={clsx("animate-pulse rounded-md bg-stone-200/80", className)} />;
}

/** A card-shaped placeholder: a title bar and a few lines. */
export function SkeletonCard({ lines = 3, className }: { lines?: number; className?: string }) {
  return (
    <div aria-hidden="true" className={clsx("rounded-xl border border-stone-200 bg-white p-5", className)}>
      <Skeleton className="mb-4 h-5 w-40" />
      {Array.from({ length: lines }, (_, i) => (
        <Skeleton key={i} className={clsx("mb-2.5 h-4", i === lines - 1 ? "w-2/3" : "w-full")} />
      ))}
    </div>
  );
}

/** Wraps placeholders so assistive technology hears one "正在加载…". */
export function LoadingRegion({ children, label = t("ui.loading"), className }: { children: React.ReactNode; label?: string; className?: string }) {
  return (
    <div role="status" aria-live="polite" className={className}>
      <span className="sr-only">{label}</span>
      {children}
    </div>
  );
}
