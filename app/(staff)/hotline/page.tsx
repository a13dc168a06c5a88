import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/app/_components/button";
import { Card } from "@/app/_components/card";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/actor";
import { hasRole } from "@/lib/auth/actor";
import { listCalls, myComingShifts, myDrafts, myHotlineAlerts, myShiftFollowUps, onDutyNow, previousShiftHandover } from "@/lib/hotline/queries";
import { listCallsSchema } from "@/lib/hotline/schemas";
import { label, t } from "@/lib/i18n/messages";
import { formatDateTime, formatTime } from "@/lib/time";
import { AlertAck } from "./_components/alert-ack";
import { CallTable, FollowUpList } from "./_components/call-views";
import { HandoverForm } from "./_components/handover-form";
import { ShiftLine, shiftSpan } from "./_components/shift-views";

export const metadata: Metadata = { title: t("hotline.title") };

// The operator's desk: alerts, who is on duty, my shifts, what the last shift handed over, the
// call-back queue of my shift (overdue first in colour), unfinished drafts and the latest calls.
export default async function HotlinePage() {
  const ctx = await requireActor(["hotline", "admin"]);
  const operator = hasRole(ctx.actor, "hotline");
  const alerts = myHotlineAlerts(ctx);
  const onDuty = onDutyNow(ctx);
  const mine = operator ? myComingShifts(ctx) : [];
  const current = mine.find((s) => s.startAt <= ctx.now);
  const handover = previousShiftHandover(ctx);
  const queue = myShiftFollowUps(ctx);
  const drafts = operator ? myDrafts(ctx) : [];
  const recent = listCalls(ctx, listCallsSchema.parse({ limit: "10" })).items;

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("hotline.title")}
        actions={
          <>
            {operator ? (
              <ButtonLink href="/hotline/calls/new" variant="primary" icon="phone">
                {t("hotline.newCall")}
              </ButtonLink>
            ) : null}
            <ButtonLink href="/hotline/calls">{t("hotline.allCalls")}</ButtonLink>
            <ButtonLink href="/hotline/roster" icon="calendar">
              {t("hotline.roster")}
            </ButtonLink>
          </>
        }
      />

      {alerts.length ? (
        <section aria-labelledby="hotline-alerts" className="rounded-xl border-2 border-red-800 bg-red-50 px-5 py-4 text-red-950">
          <h2 id="hotline-alerts" className="mb-2 text-lg font-semibold">
            {t("hotline.alerts")}
          </h2>
          <ul className="space-y-2">
            {alerts.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-3">
                <Link href={`/hotline/calls/${a.callId}`} prefetch={false} className="font-medium underline">
                  {t("hotline.alertText", { operator: a.raisedBy.name, time: formatDateTime(a.createdAt) })}
                </Link>
                <AlertAck alertId={a.id} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("hotline.onDutyNow")}>
          {onDuty.length ? (
            <ul className="divide-y divide-stone-100">
              {onDuty.map((s) => (
                <ShiftLine key={s.id} shift={s} highlightId={ctx.actor.userId} />
              ))}
            </ul>
          ) : (
            <p className="text-stone-600">{t("hotline.noOneOnDuty")}</p>
          )}
        </Card>
        {operator ? (
          <Card title={t("hotline.myNextShifts")}>
            {mine.length ? (
              <ul className="divide-y divide-stone-100">
                {mine.slice(0, 6).map((s) => (
                  <ShiftLine key={s.id} shift={s} />
                ))}
              </ul>
            ) : (
              <p className="text-stone-600">{t("hotline.noNextShifts")}</p>
            )}
          </Card>
        ) : null}
      </div>

      <Card title={t("hotline.callbackQueue")} description={current ? shiftSpan(current) : undefined}>
        <FollowUpList items={queue} now={ctx.now} />
      </Card>

      <Card title={t("hotline.handover")} description={handover.shift ? `${t("hotline.handoverFromPrevious")} · ${shiftSpan(handover.shift)}` : undefined}>
        {handover.notes.length ? (
          <ul className="mb-4 space-y-2">
            {handover.notes.map((n) => (
              <li key={n.id} className="rounded-lg bg-stone-50 px-4 py-2">
                <p className="whitespace-pre-wrap text-stone-900">{n.text}</p>
                <p className="mt-1 text-sm text-stone-600">
                  {n.author.name} · {formatTime(n.createdAt)}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mb-4 text-stone-600">{t("hotline.noHandover")}</p>
        )}
        {current ? <HandoverForm shiftId={current.id} /> : null}
      </Card>

      {drafts.length ? (
        <Card title={t("hotline.myDrafts")}>
          <ul className="divide-y divide-stone-100">
            {drafts.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  {formatDateTime(d.startedAt)}
                  {d.riskLevel ? <span className="ms-2 text-sm text-stone-600">{label("riskLevel", d.riskLevel)}</span> : null}
                </span>
                <ButtonLink href={`/hotline/calls/new?draft=${encodeURIComponent(d.clientKey)}`} size="sm" prefetch={false}>
                  {t("hotline.continueDraft")}
                </ButtonLink>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <section aria-labelledby="recent-calls" className="space-y-3">
        <h2 id="recent-calls" className="text-lg font-semibold text-stone-900">
          {t("hotline.recentCalls")}
        </h2>
        <CallTable calls={recent} caption={t("hotline.recentCalls")} />
      </section>
    </div>
  );
}
