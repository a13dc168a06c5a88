import type { Metadata } from "next";
import { EmptyState } from "@/app/_components/empty-state";
import { FormMessage } from "@/app/_components/form-message";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/actor";
import { getActivity, listActivities, myActivities, recentResidentMessages } from "@/lib/activities/queries";
import { AppError } from "@/lib/errors";
import { t } from "@/lib/i18n/messages";
import { formatShortDate, formatTime } from "@/lib/time";
import { ActivityCard } from "./_components/activity-card";
import { CancelSignupButton } from "./_components/cancel-signup-button";
import { RateActivityForm } from "./_components/rate-activity-form";
import { SignUpButton } from "./_components/sign-up-button";

export const metadata: Metadata = { title: t("meActivities.title") };

type SP = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function MyActivitiesPage({ searchParams }: { searchParams: SP }) {
  const ctx = await requireActor(["resident"]);
  const sp = await searchParams;
  const mine = myActivities(ctx);
  const messages = recentResidentMessages(ctx);
  const open = listActivities(ctx, { signupOpen: true, limit: 30 }).items.filter((a) => !a.mySignup || a.mySignup.status === "cancelled");
  const toRate = mine.past.filter((a) => a.mySignup?.status === "attended");

  let notice: string | null = null;
  const done = one(sp.done);
  if (done === "registered" || done === "waitlisted") {
    const id = Number(one(sp.activity));
    let room = "";
    try {
      room = Number.isSafeInteger(id) && id > 0 ? getActivity(ctx, id).roomName : "";
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
    }
    notice = done === "registered" ? t("meActivities.signedUp", { room }) : t("meActivities.waitlisted", { position: Number(one(sp.position)) || 1 });
  }
  if (done === "cancelled") notice = t("meActivities.cancelledOk");
  if (done === "rated") notice = t("meActivities.thanks");

  return (
    <div className="space-y-8">
      <PageHeader title={t("meActivities.title")} description={t("meActivities.lead")} back={{ href: "/me", label: t("me.title") }} />
      {notice ? <FormMessage tone="success">{notice}</FormMessage> : null}

      {messages.length ? (
        <section aria-labelledby="me-act-messages" className="space-y-2">
          <h2 id="me-act-messages" className="text-xl font-semibold text-stone-900">
            {t("meActivities.messages")}
          </h2>
          <ul className="space-y-2">
            {messages.map((m) => (
              <li key={m.id} className="rounded-xl border border-sky-200 bg-sky-50 px-4 py-3 text-sky-950">
                <span className="block text-sm text-sky-800 tabular-nums">
                  {formatShortDate(m.createdAt)} {formatTime(m.createdAt)}
                </span>
                {m.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="me-act-mine" className="space-y-3">
        <h2 id="me-act-mine" className="text-xl font-semibold text-stone-900">
          {t("meActivities.mine")}
        </h2>
        {mine.upcoming.length ? (
          mine.upcoming.map((a) => (
            <ActivityCard key={a.id} a={a}>
              {a.status !== "cancelled" && a.startAt > ctx.now ? (
                <CancelSignupButton
                  activityId={a.id}
                  title={a.title}
                  label={a.mySignup?.status === "waitlisted" ? t("meActivities.cancelWaitlist") : t("meActivities.cancelSignup")}
                />
              ) : null}
            </ActivityCard>
          ))
        ) : (
          <p className="text-stone-700">{t("meActivities.cardNone")}</p>
        )}
      </section>

      <section aria-labelledby="me-act-open" className="space-y-3">
        <h2 id="me-act-open" className="text-xl font-semibold text-stone-900">
          {t("meActivities.open")}
        </h2>
        {open.length ? (
          open.map((a) => (
            <ActivityCard key={a.id} a={a}>
              <p className="text-stone-700">{t("meActivities.deadline", { when: `${formatShortDate(a.signupDeadline)} ${formatTime(a.signupDeadline)}` })}</p>
              <SignUpButton activityId={a.id} title={a.title} label={a.registered >= a.capacity ? t("meActivities.joinWaitlist") : t("meActivities.signUp")} />
            </ActivityCard>
          ))
        ) : (
          <EmptyState icon="group" title={t("meActivities.noneOpen")} />
        )}
      </section>

      {mine.past.length ? (
        <section aria-labelledby="me-act-past" className="space-y-3">
          <h2 id="me-act-past" className="text-xl font-semibold text-stone-900">
            {t("meActivities.past")}
          </h2>
          {mine.past.map((a) => (
            <ActivityCard key={a.id} a={a}>
              {toRate.includes(a) && a.mySignup?.rating === null ? (
                <>
                  <p className="text-stone-700">{t("meActivities.rateLead")}</p>
                  <RateActivityForm activityId={a.id} title={a.title} />
                </>
              ) : a.mySignup?.rating ? (
                <p className="text-stone-700">{t("meActivities.yourRating", { rating: a.mySignup.rating })}</p>
              ) : null}
            </ActivityCard>
          ))}
        </section>
      ) : null}
    </div>
  );
}
