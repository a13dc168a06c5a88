import { ButtonLink } from "@/app/_components/button";
import { Card } from "@/app/_components/card";
import { myActivities } from "@/lib/activities/queries";
import type { Ctx } from "@/lib/context";
import { label, t } from "@/lib/i18n/messages";
import { formatShortDate, formatTime } from "@/lib/time";

/** The /me portal card: the resident's coming activities (with a waitlist place) and the way to more. */
export function MyActivitiesCard({ ctx }: { ctx: Ctx }) {
  const upcoming = myActivities(ctx).upcoming.slice(0, 3);
  return (
    <Card title={t("meActivities.cardTitle")} description={t("meActivities.lead")}>
      {upcoming.length ? (
        <ul className="mb-4 divide-y divide-stone-100">
          {upcoming.map((a) => (
            <li key={a.id} className="py-2">
              <span className="block font-medium text-stone-900">{a.title}</span>
              <span className="block text-stone-700 tabular-nums">
                {formatShortDate(a.startAt)} {formatTime(a.startAt)} · {a.roomName}
              </span>
              <span className="block text-base text-stone-700">
                {a.mySignup?.status === "waitlisted" && a.mySignup.waitlistPosition
                  ? t("meActivities.waitlistPosition", { position: a.mySignup.waitlistPosition })
                  : label("signupStatus", a.mySignup?.status ?? "registered")}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-4 text-stone-700">{t("meActivities.cardNone")}</p>
      )}
      <ButtonLink href="/me/activities" size="touch" variant="primary" icon="group">
        {t("meActivities.cardBrowse")}
      </ButtonLink>
    </Card>
  );
}
