import Link from "next/link";
import { t } from "@/lib/i18n/messages";

/** The way from a record to its person's file (一人一档); the timeline page checks the viewer again. */
export function TimelineLink({ residentId, className }: { residentId: number; className?: string }) {
  return (
    <Link href={`/residents/${residentId}`} prefetch={false} className={className ?? "text-sm font-medium text-teal-800 underline underline-offset-2"} data-testid="timeline-link">
      {t("residents.openTimeline")}
    </Link>
  );
}
