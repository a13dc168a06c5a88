import type { Metadata } from "next";
import { ButtonLink } from "@/app/_components/button";
import { Card } from "@/app/_components/card";
import { EmptyState } from "@/app/_components/empty-state";
import { FormMessage } from "@/app/_components/form-message";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/actor";
import { activityRoster, type RosterRow } from "@/lib/activities/queries";
import { ATTENDANCE_OPENS_MS } from "@/lib/activities/record-attendance";
import { label, t } from "@/lib/i18n/messages";
import { formatDate, formatDateTime, formatShortDate, formatTime } from "@/lib/time";
import { ActivityStatusBadge, SignupStatusBadge } from "../_components/activity-status";
import { AttendanceList } from "../_components/attendance-list";
import { CancelActivityButton } from "../_components/cancel-activity-button";
import { activityForPage } from "./activity-loader";

export const metadata: Metadata = { title: t("activities.title") };

type Params = Promise<{ id: string }>;
type SP = Promise<Record<string, string | string[] | undefined>>;

function RosterList({ rows, empty, showPosition = false }: { rows: RosterRow[]; empty: string; showPosition?: boolean }) {
  if (!rows.length) return <p className="text-stone-600">{empty}</p>;
  return (
    <ol className="divide-y divide-stone-100">
      {rows.map((r, i) => (
        <li key={r.signupId} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <span>
            <span className="me-2 text-stone-500 tabular-nums">{showPosition ? t("activities.roster.position", { position: r.waitlistPosition ?? i + 1 }) : `${i + 1}.`}</span>
            <span className="font-medium text-stone-900">{r.name}</span>
            {r.maskedPhone ? <span className="ms-2 text-sm text-stone-600 tabular-nums">{r.maskedPhone}</span> : null}
            {r.promoted ? <span className="ms-2 text-sm text-amber-800">{t("activities.roster.promoted")}</span> : null}
          </span>
          <span className="flex items-center gap-2 text-sm text-stone-600">
            <span className="tabular-nums">{formatShortDate(r.signedUpAt)} {formatTime(r.signedUpAt)}</span>
            <SignupStatusBadge status={r.status} />
          </span>
        </li>
      ))}
    </ol>
  );
}

export default async function ActivityPage({ params, searchParams }: { params: Params; searchParams: SP }) {
  const ctx = await requireActor(["teacher", "admin"]);
  const a = activityForPage(ctx, (await params).id);
  const sp = await searchParams;
  const roster = a.canManage ? activityRoster(ctx, a.id) : null;
  const attendanceOpen = a.status !== "cancelled" && ctx.now.getTime() >= a.startAt.getTime() - ATTENDANCE_OPENS_MS;
  const editable = a.canManage && a.status !== "cancelled" && ctx.now < a.startAt;
  const created = typeof sp.created === "string" ? Number(sp.created) : 0;
  const notice =
    created > 1 ? t("activities.createdSeries", { count: created }) : created === 1 ? t("activities.created") : sp.updated === "1" ? t("activities.updated") : sp.cancelled === "1" ? t("activities.cancelled") : null;

  const facts: [string, React.ReactNode][] = [
    [t("activities.detail.when"), `${formatDate(a.startAt)} ${formatTime(a.startAt)}–${formatTime(a.endAt)}`],
    [t("activities.detail.room"), a.roomName],
    [t("activities.detail.type"), label("activityType", a.type)],
    [t("activities.detail.teachers"), a.teachers.map((x) => x.name).join("、") || t("activities.noTeacher")],
    [t("activities.detail.capacity"), `${t("activities.signupCount", { registered: a.registered, capacity: a.capacity })}${a.waitlisted ? `，${t("activities.waitlistCount", { count: a.waitlisted })}` : ""}`],
    [t("activities.detail.deadline"), formatDateTime(a.signupDeadline)],
    [t("activities.detail.status"), <ActivityStatusBadge key="s" status={a.status} ended={a.ended} />],
  ];
  if (a.audience) facts.splice(3, 0, [t("activities.detail.audience"), a.audience]);

  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader
        title={a.title}
        description={a.seriesId ? t("activities.detail.seriesNote") : undefined}
        back={{ href: "/activities", label: t("activities.title") }}
        actions={
          editable ? (
            <>
              <ButtonLink href={`/activities/${a.id}/edit`} icon="clipboard">
                {t("activities.detail.edit")}
              </ButtonLink>
              <CancelActivityButton activityId={a.id} series={a.seriesId !== null} />
            </>
          ) : undefined
        }
      />
      {notice ? <FormMessage tone="success">{notice}</FormMessage> : null}
      {a.cancelledAt ? (
        <FormMessage tone="warning">
          {t("activities.detail.cancelledNote", { at: formatDateTime(a.cancelledAt) })}
          {a.cancelReason ? ` ${t("activities.field.cancelReason")}：${a.cancelReason}` : null}
        </FormMessage>
      ) : null}

      <Card>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
          {facts.map(([k, v]) => (
            <div key={k}>
              <dt className="text-sm text-stone-600">{k}</dt>
              <dd className="font-medium text-stone-900">{v}</dd>
            </div>
          ))}
        </dl>
        {a.description ? (
          <div className="mt-4 border-t border-stone-100 pt-4">
            <h2 className="text-sm text-stone-600">{t("activities.detail.description")}</h2>
            <p className="mt-1 whitespace-pre-line text-stone-900">{a.description}</p>
          </div>
        ) : null}
      </Card>

      {roster ? (
        <>
          {a.status !== "cancelled" ? (
            <Card title={t("activities.attendance.title")} description={attendanceOpen ? t("activities.attendance.lead") : t("activities.attendance.notYet")}>
              {attendanceOpen ? (
                roster.registered.length ? (
                  <AttendanceList
                    activityId={a.id}
                    rows={roster.registered.map((r) => ({ signupId: r.signupId, name: r.name, status: r.status === "attended" || r.status === "absent" ? r.status : "registered" }))}
                  />
                ) : (
                  <p className="text-stone-600">{t("activities.roster.empty")}</p>
                )
              ) : null}
            </Card>
          ) : null}
          <Card title={t("activities.roster.title")} description={t("activities.roster.lead", { registered: a.registered, capacity: a.capacity, waitlisted: a.waitlisted })}>
            <h3 className="mb-1 font-medium text-stone-800">{t("activities.roster.registered")}</h3>
            <RosterList rows={roster.registered} empty={t("activities.roster.empty")} />
            <h3 className="mt-5 mb-1 font-medium text-stone-800">{t("activities.roster.waitlist")}</h3>
            <RosterList rows={roster.waitlist} empty={t("activities.roster.waitlistEmpty")} showPosition />
            {roster.cancelled.length ? (
              <>
                <h3 className="mt-5 mb-1 font-medium text-stone-800">{t("activities.roster.cancelled")}</h3>
                <RosterList rows={roster.cancelled} empty="" />
              </>
            ) : null}
          </Card>
          <Card title={t("activities.feedback.title")}>
            {roster.feedback.count ? (
              <>
                <p className="font-medium text-stone-900">{t("activities.feedback.average", { average: roster.feedback.average ?? 0, count: roster.feedback.count })}</p>
                <ul className="mt-3 space-y-2">
                  {roster.feedback.comments.map((c, i) => (
                    <li key={i} className="rounded-lg bg-stone-50 px-3 py-2">
                      <span className="me-2 text-sm font-medium text-amber-800">{t("activities.feedback.stars", { rating: c.rating })}</span>
                      <span className="text-stone-900">{c.comment}</span>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="text-stone-600">{t("activities.feedback.none")}</p>
            )}
          </Card>
        </>
      ) : (
        <EmptyState icon="shield" title={t("activities.error.notTeacher")} />
      )}
    </div>
  );
}
