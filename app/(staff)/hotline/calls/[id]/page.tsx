import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/app/_components/badge";
import { ButtonLink } from "@/app/_components/button";
import { Card } from "@/app/_components/card";
import { FormMessage } from "@/app/_components/form-message";
import { PageHeader } from "@/app/_components/page-header";
import { RiskLevelBadge } from "@/app/_components/risk-level-badge";
import { requireActor } from "@/app/_server/actor";
import { TimelineLink } from "@/app/(staff)/residents/_components/timeline-link";
import { hasRole } from "@/lib/auth/actor";
import { readCall } from "@/lib/hotline/read-call";
import { label, t } from "@/lib/i18n/messages";
import { formatDate, formatDateTime, parseLocalDate } from "@/lib/time";
import { CallbackForm } from "../../_components/callback-form";
import { categoriesText } from "../../_components/call-views";
import { LinkResident } from "../../_components/link-resident";
import { orPageError, pageId } from "@/app/_server/page-errors";
import { param, type SearchParams } from "../../_components/page-utils";

export const metadata: Metadata = { title: t("hotline.call.detail") };

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-sm text-stone-600">{term}</dt>
      <dd className="mt-0.5 text-stone-900">{children}</dd>
    </div>
  );
}

// A call with its summary: hotline staff and admin only, and this read is audited by readCall.
export default async function CallPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const ctx = await requireActor(["hotline", "admin"]);
  const id = pageId((await params).id);
  const sp = await searchParams;
  const call = orPageError(() => readCall(ctx, id));
  const minutes = call.endedAt ? Math.max(1, Math.round((call.endedAt.getTime() - call.startedAt.getTime()) / 60_000)) : null;
  const openFollowUp = call.status === "saved" && call.followUpAt && !call.followUpDoneAt;
  const notice = param(sp, "saved") === "1" ? t("hotline.call.saved") : param(sp, "updated") === "1" ? t("hotline.call.updated") : param(sp, "callback") === "1" ? t("hotline.callback.saved") : null;

  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader
        title={t("hotline.call.detail")}
        description={formatDateTime(call.startedAt)}
        back={{ href: "/hotline/calls", label: t("hotline.allCalls") }}
        actions={
          call.canEdit && call.status === "saved" ? (
            <ButtonLink href={`/hotline/calls/${id}/edit`} prefetch={false} icon="clipboard">
              {t("hotline.call.edit")}
            </ButtonLink>
          ) : null
        }
      />
      {notice ? <FormMessage tone="success">{notice}</FormMessage> : null}
      <FormMessage tone="info">{t("hotline.call.sensitiveNotice")}</FormMessage>

      <Card title={t("hotline.call.form")} actions={call.status === "draft" ? <Badge tone="warning">{label("callStatus", "draft")}</Badge> : null}>
        <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2">
          <Row term={t("hotline.call.startedAt")}>{formatDateTime(call.startedAt)}</Row>
          <Row term={t("hotline.call.duration")}>{minutes ? t("hotline.call.minutes", { n: minutes }) : "—"}</Row>
          <Row term={t("hotline.call.operator")}>{call.operator.name}</Row>
          <Row term={t("hotline.call.callerKind")}>{call.callerKind ? label("callerKind", call.callerKind) : "—"}</Row>
          <Row term={t("hotline.call.categories")}>{categoriesText(call.categories) || "—"}</Row>
          <Row term={t("hotline.call.riskLevel")}>{call.riskLevel ? <RiskLevelBadge level={call.riskLevel} /> : "—"}</Row>
          <Row term={t("hotline.call.actions")}>{call.actions.length ? call.actions.map((a) => label("callAction", a)).join("、") : "—"}</Row>
          <Row term={t("hotline.call.followUpAt")}>
            {call.followUpAt ? formatDateTime(call.followUpAt) : t("hotline.call.noFollowUp")}
            {call.followUpDoneAt ? <span className="ms-2 text-sm text-emerald-800">{t("hotline.call.followUpDone", { time: formatDateTime(call.followUpDoneAt) })}</span> : null}
          </Row>
          <Row term={t("hotline.call.callerPhone")}>{call.callerPhone ?? "—"}</Row>
          <Row term={t("hotline.call.resident")}>
            {call.resident ? (
              <span className="flex flex-wrap items-center gap-x-3">
                {call.resident.name}
                <TimelineLink residentId={call.resident.id} />
              </span>
            ) : (
              t("hotline.call.residentNone")
            )}
          </Row>
        </dl>
      </Card>

      <Card title={t("hotline.call.summary")}>
        <p className="whitespace-pre-wrap leading-relaxed" data-testid="call-summary">
          {call.summary || "—"}
        </p>
      </Card>

      <Card title={t("hotline.callback.title")}>
        {call.attempts.length ? (
          <ol className="mb-5 space-y-3">
            {call.attempts.map((a) => (
              <li key={a.id} className="rounded-lg border border-stone-200 px-4 py-3">
                <p className="flex flex-wrap items-center gap-2">
                  <Badge tone={a.outcome === "done" ? "success" : a.outcome === "no_answer" ? "warning" : "info"}>{label("callbackOutcome", a.outcome)}</Badge>
                  <span className="text-stone-700">{formatDateTime(a.at)}</span>
                  <span className="text-stone-600">
                    {t("hotline.callback.by")}：{a.by.name}
                  </span>
                  {a.rescheduledTo ? (
                    <span className="text-stone-700">
                      {t("hotline.callback.rescheduledTo")} {formatDateTime(a.rescheduledTo)}
                    </span>
                  ) : null}
                </p>
                {a.note ? <p className="mt-1 whitespace-pre-wrap text-stone-800">{a.note}</p> : null}
              </li>
            ))}
          </ol>
        ) : (
          <p className="mb-5 text-stone-600">{t("hotline.callback.none")}</p>
        )}
        {openFollowUp ? <CallbackForm callId={id} /> : null}
      </Card>

      {call.canEdit && call.status === "saved" ? (
        <Card title={t("hotline.call.resident")}>
          <LinkResident callId={id} resident={call.resident} />
        </Card>
      ) : null}

      <Card title={t("hotline.call.referrals")}>
        {call.referrals.appointmentId || call.referrals.mediationCase || call.referrals.careFollowUp ? (
          <ul className="space-y-2">
            {call.referrals.appointmentId ? (
              <li>
                {/* The request itself is for the appointment desk (counsellors, admin); an operator sees that it exists. */}
                {hasRole(ctx.actor, "admin", "counselor") ? (
                  <Link href={`/appointments/${call.referrals.appointmentId}`} className="font-medium text-teal-800 underline underline-offset-2" data-testid="referral-appointment">
                    {t("hotline.call.referralAppointment", { id: call.referrals.appointmentId })}
                  </Link>
                ) : (
                  <span data-testid="referral-appointment">{t("hotline.call.referralAppointment", { id: call.referrals.appointmentId })}</span>
                )}
                <span className="ms-2 text-sm text-stone-600">{t("referral.createdAppointment")}</span>
              </li>
            ) : null}
            {call.referrals.mediationCase ? (
              <li data-testid="referral-mediation">
                {/* The case file is for its mediators and the admin; the operator sees its number. */}
                {hasRole(ctx.actor, "admin") ? (
                  <Link href={`/mediation/${call.referrals.mediationCase.id}`} className="font-medium text-teal-800 underline underline-offset-2">
                    {t("hotline.call.referralMediation", { caseNo: call.referrals.mediationCase.caseNo })}
                  </Link>
                ) : (
                  <span className="font-medium">{t("hotline.call.referralMediation", { caseNo: call.referrals.mediationCase.caseNo })}</span>
                )}
                <span className="ms-2 text-sm text-stone-600">
                  {t("referral.createdCase")}
                  {call.referrals.disputeType ? ` · ${label("mediationDisputeType", call.referrals.disputeType)}` : ""}
                  {call.referrals.respondent ? ` · ${t("referral.respondentName")}：${call.referrals.respondent}` : ""}
                </span>
              </li>
            ) : null}
            {call.referrals.careFollowUp ? (
              <li data-testid="referral-care">
                <span className="font-medium">{t("hotline.call.referralCare")}</span>
                <span className="ms-2 text-sm text-stone-600">
                  {t(call.referrals.careFollowUp.status === "done" ? "hotline.call.referralCareDone" : "hotline.call.referralCareOpen", { date: formatDate(parseLocalDate(call.referrals.careFollowUp.dueOn)!) })}
                </span>
              </li>
            ) : null}
            {call.referrals.note ? (
              <li className="text-sm text-stone-700">
                {t("hotline.form.referralNote")}：<span className="whitespace-pre-wrap">{call.referrals.note}</span>
              </li>
            ) : null}
          </ul>
        ) : (
          <p className="text-stone-600">{t("hotline.call.noReferrals")}</p>
        )}
      </Card>
    </div>
  );
}
