// One activity as a resident sees it: when, where, places in plain words, and the one thing they can do.
import type { ReactNode } from "react";
import type { ActivitySummary } from "@/lib/activities/queries";
import { label, t } from "@/lib/i18n/messages";
import { formatDate, formatTime } from "@/lib/time";
import { SignupStatusBadge } from "@/app/(staff)/activities/_components/activity-status";

export function ActivityCard({ a, children, headingLevel = "h3" }: { a: ActivitySummary; children?: ReactNode; headingLevel?: "h2" | "h3" }) {
  const Heading = headingLevel;
  const left = a.capacity - a.registered;
  return (
    <article className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <Heading className="text-lg font-semibold text-stone-900">{a.title}</Heading>
        {a.mySignup ? <SignupStatusBadge status={a.mySignup.status} /> : null}
      </div>
      <p className="mt-0.5 text-base text-stone-600">{label("activityType", a.type)}</p>
      <dl className="mt-3 space-y-1 text-base">
        <div className="flex gap-2">
          <dt className="shrink-0 text-stone-600">{t("activities.detail.when")}</dt>
          <dd className="text-stone-900">
            {formatDate(a.startAt)} {formatTime(a.startAt)}–{formatTime(a.endAt)}
          </dd>
        </div>
        <div className="flex gap-2">
          <dt className="shrink-0 text-stone-600">{t("activities.detail.room")}</dt>
          <dd className="text-stone-900">{a.roomName}</dd>
        </div>
        {!a.ended && a.status !== "cancelled" ? (
          <div className="flex gap-2">
            <dt className="shrink-0 text-stone-600">{t("activities.detail.capacity")}</dt>
            <dd className="text-stone-900">
              {t("meActivities.place", { registered: a.registered, capacity: a.capacity })}
              {"，"}
              {left > 0 ? t("meActivities.placesLeft", { left }) : t("meActivities.full")}
            </dd>
          </div>
        ) : null}
      </dl>
      {a.mySignup?.status === "waitlisted" && a.mySignup.waitlistPosition ? (
        <p className="mt-2 rounded-lg bg-amber-50 px-3 py-2 font-medium text-amber-900">{t("meActivities.waitlistPosition", { position: a.mySignup.waitlistPosition })}</p>
      ) : null}
      {children ? <div className="mt-4 space-y-3">{children}</div> : null}
    </article>
  );
}
