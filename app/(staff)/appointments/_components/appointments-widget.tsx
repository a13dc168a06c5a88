import Link from "next/link";
import { ButtonLink } from "@/app/_components/button";
import { Card } from "@/app/_components/card";
import { RiskLevelBadge } from "@/app/_components/risk-level-badge";
import { StatusBadge } from "@/app/_components/status-badge";
import { STATUS_TONES } from "@/app/(resident)/me/appointments/_components/status-tones";
import { hasRole } from "@/lib/auth/actor";
import { myOpenAlerts, todaysSessions, triageCount, triageQueue } from "@/lib/appointments/queries";
import type { Ctx } from "@/lib/context";
import { t } from "@/lib/i18n/messages";
import { formatDateTime, formatTime } from "@/lib/time";
import { AlertHandledButton } from "./alert-handled-button";

/** Home: today's sessions (a counsellor's own; the whole centre for an admin), requests waiting, and high-risk records to follow up. */
export function AppointmentsWidget({ ctx }: { ctx: Ctx }) {
  const admin = hasRole(ctx.actor, "admin");
  const sessions = todaysSessions(ctx);
  const waiting = triageCount(ctx);
  const oldest = waiting ? triageQueue(ctx, 1)[0] : undefined;
  const alerts = myOpenAlerts(ctx);
  return (
    <Card
      title={admin ? t("appointments.widget.titleAdmin") : t("appointments.widget.title")}
      actions={
        <ButtonLink href="/appointments/calendar" size="sm" icon="calendar">
          {t("appointments.calendar.title")}
        </ButtonLink>
      }
    >
      <div className="space-y-5">
        {alerts.length ? (
          <section aria-labelledby="appt-alerts" className="rounded-lg border border-red-300 bg-red-50 p-3">
            <h3 id="appt-alerts" className="mb-2 font-semibold text-red-900">
              {t("appointments.widget.alerts", { n: alerts.length })}
            </h3>
            <ul className="space-y-2">
              {alerts.map((a) => (
                <li key={a.id} className="flex flex-wrap items-center gap-2">
                  <RiskLevelBadge level={a.riskLevel} />
                  <Link href={`/appointments/${a.appointmentId}`} className="font-medium text-red-900 underline-offset-2 hover:underline">
                    {t("appointments.widget.alertLine", { resident: a.residentName, counselor: a.raisedBy, at: formatDateTime(a.createdAt) })}
                  </Link>
                  <AlertHandledButton id={a.id} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <section aria-labelledby="appt-today">
          <h3 id="appt-today" className="mb-2 font-medium text-stone-700">
            {t("appointments.widget.today", { n: sessions.length })}
          </h3>
          {sessions.length ? (
            <ul className="divide-y divide-stone-100">
              {sessions.slice(0, 8).map((s) => (
                <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <Link href={`/appointments/${s.id}`} className="font-medium text-teal-800 underline-offset-2 hover:underline">
                    <span className="tabular-nums">
                      {formatTime(s.startAt!)}–{formatTime(s.endAt!)}
                    </span>{" "}
                    {s.resident.name} · {s.service.name}
                    {admin && s.counselor ? ` · ${s.counselor.name}` : ""}
                  </Link>
                  <span className="flex items-center gap-2 text-sm text-stone-600">
                    {s.room?.name}
                    <StatusBadge group="appointmentStatus" code={s.status} tones={STATUS_TONES} />
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-stone-600">{t("appointments.widget.noneToday")}</p>
          )}
        </section>
        <section aria-labelledby="appt-waiting" className="flex flex-wrap items-center justify-between gap-3">
          <div>
            <h3 id="appt-waiting" className="font-medium text-stone-700">
              {t("appointments.widget.waiting", { n: waiting })}
            </h3>
            {oldest ? <p className="text-sm text-stone-600">{t("appointments.widget.oldest", { at: formatDateTime(oldest.createdAt) })}</p> : null}
          </div>
          <ButtonLink href="/appointments" variant={waiting ? "primary" : "secondary"} size="sm">
            {t("appointments.widget.toQueue")}
          </ButtonLink>
        </section>
      </div>
    </Card>
  );
}
