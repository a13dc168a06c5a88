import Link from "next/link";
import { ButtonLink } from "@/app/_components/button";
import { Card } from "@/app/_components/card";
import { weekActivities } from "@/lib/activities/queries";
import type { Ctx } from "@/lib/context";
import { t } from "@/lib/i18n/messages";
import { formatShortDate, formatTime, weekdayName } from "@/lib/time";
import { ActivityStatusBadge } from "./activity-status";

/** Staff home (teachers and the admin): this week's activities with their sign-up counts, own ones first. */
export function WeekActivitiesWidget({ ctx }: { ctx: Ctx }) {
  const all = weekActivities(ctx);
  const items = [...all.filter((a) => a.canManage), ...all.filter((a) => !a.canManage)].slice(0, 8);
  return (
    <Card
      title={t("activities.widget.title")}
      description={t("activities.widget.lead")}
      actions={
        <ButtonLink href="/activities" size="sm" variant="ghost">
          {t("activities.widget.all")}
        </ButtonLink>
      }
    >
      {items.length ? (
        <ul className="divide-y divide-stone-100">
          {items.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span className="min-w-0">
                <Link href={`/activities/${a.id}`} className="font-medium text-teal-800 underline-offset-2 hover:underline">
                  {a.title}
                </Link>
                <span className="block text-sm text-stone-600 tabular-nums">
                  {formatShortDate(a.startAt)} {weekdayName(a.startAt)} {formatTime(a.startAt)} · {a.roomName}
                </span>
              </span>
              <span className="flex items-center gap-2 text-sm">
                <span className="tabular-nums">{t("activities.signupCount", { registered: a.registered, capacity: a.capacity })}</span>
                {a.waitlisted ? <span className="text-amber-800">{t("activities.waitlistCount", { count: a.waitlisted })}</span> : null}
                <ActivityStatusBadge status={a.status} ended={a.ended} />
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-stone-600">{t("activities.widget.none")}</p>
      )}
    </Card>
  );
}
