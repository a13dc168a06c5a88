import { ButtonLink } from "@/app/_components/button";
import { Card } from "@/app/_components/card";
import { StatusBadge } from "@/app/_components/status-badge";
import { myAppointments } from "@/lib/appointments/queries";
import type { Ctx } from "@/lib/context";
import { t } from "@/lib/i18n/messages";
import { formatShortDate, formatTime } from "@/lib/time";

/** The /me portal card: the resident's open appointments and the way to request one. */
export function MyAppointmentsCard({ ctx }: { ctx: Ctx }) {
  const open = myAppointments(ctx, 20)
    .filter((a) => a.status === "requested" || (a.status === "confirmed" && a.startAt && a.startAt > ctx.now))
    .slice(0, 3);
  return (
    <Card title={t("appointments.me.cardTitle")} description={t("appointments.me.cardLead")}>
      {open.length ? (
        <ul className="mb-4 divide-y divide-stone-100">
          {open.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span className="font-medium text-stone-900">{a.service.name}</span>
              <span className="flex items-center gap-2 text-stone-700 tabular-nums">
                {a.startAt ? `${formatShortDate(a.startAt)} ${formatTime(a.startAt)}` : t("appointments.me.toBeArranged")}
                <StatusBadge group="appointmentStatus" code={a.status} tones={{ requested: "warning", confirmed: "success" }} />
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="space-y-3">
        <ButtonLink href="/me/appointments/new" size="touch" variant="primary" icon="calendar">
          {t("appointments.me.cardBook")}
        </ButtonLink>
        <ButtonLink href="/me/appointments" size="touch" icon="clipboard">
          {t("appointments.me.cardAll")}
        </ButtonLink>
      </div>
    </Card>
  );
}
