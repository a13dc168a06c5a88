import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/app/_components/button";
import { EmptyState } from "@/app/_components/empty-state";
import { FormMessage } from "@/app/_components/form-message";
import { Icon } from "@/app/_components/icon";
import { StatusBadge } from "@/app/_components/status-badge";
import { requireActor } from "@/app/_server/actor";
import { getAppointment, myAppointments } from "@/lib/appointments/queries";
import { t } from "@/lib/i18n/messages";
import { formatDateTime, formatTime } from "@/lib/time";
import { CancelAppointmentButton } from "./_components/cancel-appointment-button";
import { STATUS_TONES } from "./_components/status-tones";

export const metadata: Metadata = { title: t("appointments.me.title") };


type SearchParams = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

// The resident's own appointments: status of each request, the next step, and cancel with a reason.
export default async function MyAppointmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireActor(["resident"]);
  const sp = await searchParams;
  const items = myAppointments(ctx).map((a) => getAppointment(ctx, a.id));
  const open = items.filter((a) => a.status === "requested" || ((a.status === "confirmed" || a.status === "checked_in") && (!a.endAt || a.endAt > ctx.now)));
  const past = items.filter((a) => !open.includes(a));

  const row = (a: (typeof items)[number]) => {
    const when = a.startAt && a.endAt ? `${formatDateTime(a.startAt)}–${formatTime(a.endAt)}` : t("appointments.me.toBeArranged");
    return (
      <li key={a.id} className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm" aria-labelledby={`appt-${a.id}`}>
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h3 id={`appt-${a.id}`} className="text-lg font-semibold text-stone-900">
            {a.service.name}
          </h3>
          <StatusBadge group="appointmentStatus" code={a.status} tones={STATUS_TONES} />
        </div>
        <dl className="mt-2 space-y-1 text-base">
          <div className="flex gap-2">
            <dt className="shrink-0 text-stone-600">{t("appointments.me.when")}</dt>
            <dd className="tabular-nums text-stone-900">{when}</dd>
          </div>
          {a.counselor ? (
            <div className="flex gap-2">
              <dt className="shrink-0 text-stone-600">{t("appointments.me.counselor")}</dt>
              <dd className="text-stone-900">{a.counselor.name}</dd>
            </div>
          ) : null}
          {a.room ? (
            <div className="flex gap-2">
              <dt className="shrink-0 text-stone-600">{t("appointments.me.room")}</dt>
              <dd className="text-stone-900">{a.room.name}</dd>
            </div>
          ) : null}
          {a.mode === "order" && a.preferredTimes.length ? (
            <div className="flex gap-2">
              <dt className="shrink-0 text-stone-600">{t("appointments.me.preferred")}</dt>
              <dd className="text-stone-900">{a.preferredTimes.join("、")}</dd>
            </div>
          ) : null}
        </dl>
        {a.status === "requested" ? (
          <p className="mt-2 text-sm text-stone-700">{a.mode === "slot" ? t("appointments.me.heldNote") : t("appointments.me.orderNote")}</p>
        ) : null}
        {a.status === "declined" && a.declineReason ? <p className="mt-2 text-sm text-stone-700">{t("appointments.me.declinedBecause", { reason: a.declineReason })}</p> : null}
        {a.status === "cancelled" && a.cancelReason ? <p className="mt-2 text-sm text-stone-700">{t("appointments.me.cancelledBecause", { reason: a.cancelReason })}</p> : null}
        {a.actions.cancel ? (
          <div className="mt-3">
            <CancelAppointmentButton
              id={a.id}
              version={a.version}
              label={t("appointments.me.cancelAria", { service: a.service.name, when })}
              description={t("appointments.me.cancelDescription", { service: a.service.name, when })}
            />
          </div>
        ) : null}
      </li>
    );
  };

  return (
    <div className="space-y-6">
      <div>
        <Link href="/me" className="mb-2 inline-flex min-h-11 items-center gap-1 text-base text-teal-800 hover:underline">
          <Icon name="chevronLeft" className="size-5" />
          {t("appointments.me.backToMe")}
        </Link>
        <h1 className="text-2xl font-semibold text-stone-900">{t("appointments.me.title")}</h1>
        <p className="mt-1 text-stone-700">{t("appointments.me.lead")}</p>
      </div>
      {one(sp.requested) ? <FormMessage tone="success">{t("appointments.me.requested")}</FormMessage> : null}
      {one(sp.cancelled) ? <FormMessage tone="success">{t("appointments.me.cancelled")}</FormMessage> : null}
      <ButtonLink href="/me/appointments/new" size="touch" variant="primary" icon="plus">
        {t("appointments.me.new")}
      </ButtonLink>

      <section aria-labelledby="me-open" className="space-y-3">
        <h2 id="me-open" className="text-xl font-semibold">
          {t("appointments.me.open")}
        </h2>
        {open.length ? <ul className="space-y-3">{open.map(row)}</ul> : <EmptyState icon="calendar" title={t("appointments.me.noOpen")} />}
      </section>
      {past.length ? (
        <section aria-labelledby="me-past" className="space-y-3">
          <h2 id="me-past" className="text-xl font-semibold">
            {t("appointments.me.past")}
          </h2>
          <ul className="space-y-3">{past.map(row)}</ul>
        </section>
      ) : null}
    </div>
  );
}
