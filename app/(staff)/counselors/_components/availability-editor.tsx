// The availability page's body, for the counsellor themselves (/counselors/me/availability) and for
// an admin editing anyone's (/counselors/{id}/availability).
import { Card } from "@/app/_components/card";
import { EmptyState } from "@/app/_components/empty-state";
import { minuteLabel } from "@/lib/counselors/availability";
import type { AvailabilityView } from "@/lib/counselors/queries";
import { label, t } from "@/lib/i18n/messages";
import { formatShortDate, parseLocalDate } from "@/lib/time";
import { ExceptionForm, RemoveExceptionButton } from "./exception-form";
import { WeeklyRulesForm } from "./weekly-rules-form";

export function AvailabilityEditor({ counselorId, availability, today }: { counselorId: number; availability: AvailabilityView; today: string }) {
  const rules = availability.rules.map((r) => ({ weekday: r.weekday, start: minuteLabel(r.startMinute), end: minuteLabel(r.endMinute) }));
  return (
    <div className="space-y-6">
      <Card title={t("counselors.availability.weeklyTitle")} description={t("counselors.availability.weeklyLead")}>
        <WeeklyRulesForm counselorId={counselorId} initial={rules} />
      </Card>
      <Card title={t("counselors.availability.exceptionTitle")} description={t("counselors.availability.exceptionLead")}>
        <div className="space-y-6">
          {availability.exceptions.length ? (
            <ul className="divide-y divide-stone-100">
              {availability.exceptions.map((x) => {
                const text = `${formatShortDate(parseLocalDate(x.date)!)} ${minuteLabel(x.startMinute)}–${minuteLabel(x.endMinute)} ${label("exceptionKind", x.kind)}`;
                return (
                  <li key={x.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <span>
                      <span className="font-medium tabular-nums">{text}</span>
                      {x.note ? <span className="ms-2 text-stone-600">{x.note}</span> : null}
                    </span>
                    <RemoveExceptionButton counselorId={counselorId} exceptionId={x.id} label={t("counselors.availability.removeAria", { what: text })} />
                  </li>
                );
              })}
            </ul>
          ) : (
            <EmptyState icon="calendar" title={t("counselors.availability.noExceptions")} />
          )}
          <ExceptionForm counselorId={counselorId} today={today} />
        </div>
      </Card>
    </div>
  );
}
