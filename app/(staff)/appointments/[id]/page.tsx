import type { Metadata } from "next";
import Form from "next/form";
import { notFound } from "next/navigation";
import { Badge } from "@/app/_components/badge";
import { Card } from "@/app/_components/card";
import { FormMessage } from "@/app/_components/form-message";
import { PageHeader } from "@/app/_components/page-header";
import { SelectField } from "@/app/_components/select-field";
import { StatusBadge } from "@/app/_components/status-badge";
import { requireActor } from "@/app/_server/actor";
import { CounselorCard } from "@/app/(resident)/me/appointments/_components/counselor-card";
import { DayAndSlots, dayAndSlotOptions } from "@/app/(resident)/me/appointments/_components/booking-steps";
import { STATUS_TONES } from "@/app/(resident)/me/appointments/_components/status-tones";
import { TimelineLink } from "@/app/(staff)/residents/_components/timeline-link";
import { hasRole } from "@/lib/auth/actor";
import { getAppointment, listServices, roomNames } from "@/lib/appointments/queries";
import { readSessionRecord } from "@/lib/appointments/read-session-record";
import { computeSlots, eligibleCounselors } from "@/lib/appointments/slots";
import { getCounselor, listCounselors } from "@/lib/counselors/queries";
import { AppError } from "@/lib/errors";
import { label, t } from "@/lib/i18n/messages";
import { addLocalDays, formatDateTime, formatTime, parseIsoInstant, startOfLocalDay } from "@/lib/time";
import { BreakGlassForm, RecordText } from "../_components/break-glass-form";
import { MatchForm } from "../_components/match-form";
import { ReasonButton } from "../_components/reason-button";
import { SessionRecordForm } from "../_components/session-record-form";
import { StateButton } from "../_components/state-button";

export const metadata: Metadata = { title: t("appointments.desk.detailTitle") };

type SearchParams = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
const num = (v: string | undefined) => (v && /^\d{1,9}$/.test(v) ? Number(v) : undefined);
const DAYS_AHEAD = 14;

function load<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  }
}

// One appointment with its next steps: confirm or match (counsellor, time, room), decline,
// reschedule, cancel, check in, no-show, complete with the session record. The record's text is
// shown to its author only; an admin must state a reason first.
export default async function AppointmentPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const ctx = await requireActor(["counselor", "admin"]);
  const { id: raw } = await params;
  const id = num(raw);
  if (!id) notFound();
  const sp = await searchParams;
  const a = load(() => getAppointment(ctx, id));
  const admin = hasRole(ctx.actor, "admin");
  const base = `/appointments/${a.id}`;
  const when = a.startAt && a.endAt ? `${formatDateTime(a.startAt)}–${formatTime(a.endAt)}` : t("appointments.me.toBeArranged");

  // The slot picker: for matching a request, or moving a confirmed session.
  // An inactive service takes no new times (getService hides it from non-admins).
  const service = a.actions.confirm || a.actions.reschedule ? listServices(ctx, { includeInactive: true }).find((s) => s.id === a.service.id && (s.active || admin)) : undefined;
  let picker: React.ReactNode = null;
  if (service) {
    const candidates = admin ? eligibleCounselors(ctx, service) : eligibleCounselors(ctx, service, [ctx.actor.userId]);
    const chosenCounselor = a.actions.reschedule ? a.counselor?.id : (num(one(sp.counselor)) ?? a.counselor?.id ?? (admin ? undefined : ctx.actor.userId));
    const counselorOk = chosenCounselor !== undefined && candidates.some((c) => c.id === chosenCounselor);
    const today = startOfLocalDay(ctx.now);
    const slots = counselorOk
      ? computeSlots(ctx, service, {
          start: today,
          end: addLocalDays(today, DAYS_AHEAD),
          counselorIds: [chosenCounselor],
          excludeAppointmentId: a.id,
        })
      : [];
    const href = (p: Record<string, string | number | undefined>) => {
      const qs = new URLSearchParams();
      for (const [k, v] of Object.entries(p)) if (v !== undefined) qs.set(k, String(v));
      return `${base}?${qs}#picker`;
    };
    const chosenIso = one(sp.start);
    const chosen = chosenIso ? slots.find((s) => s.startAt.getTime() === parseIsoInstant(chosenIso)?.getTime()) : undefined;
    const options = dayAndSlotOptions(slots, today, DAYS_AHEAD, {
      selectedDate: one(sp.date),
      selectedStart: chosen ? chosenIso : undefined,
      dayHref: (date) => href({ counselor: chosenCounselor, date }),
      slotHref: (date, start) => href({ counselor: chosenCounselor, date, start }),
    });
    const counselorName = counselorOk ? getCounselor(ctx, chosenCounselor).name : "";
    picker = (
      <Card title={a.actions.reschedule ? t("appointments.desk.rescheduleTitle") : t("appointments.desk.matchTitle")} description={t("appointments.desk.pickerLead")}>
        <div id="picker" className="space-y-6">
          {a.actions.confirm && admin ? (
            <Form action={base} className="flex flex-wrap items-end gap-3">
              <SelectField
                name="counselor"
                label={t("appointments.desk.counselor")}
                options={candidates.map((c) => ({ value: String(c.id), label: `${c.name}（${c.specialties.join("、")}）` }))}
                placeholder={t("appointments.desk.chooseCounselor")}
                defaultValue={counselorOk ? String(chosenCounselor) : ""}
                wrapperClassName="min-w-64"
              />
              <button type="submit" className="min-h-11 rounded-lg border border-stone-300 bg-white px-4 font-medium hover:bg-stone-100">
                {t("appointments.desk.showSlots")}
              </button>
            </Form>
          ) : null}
          {counselorOk ? <DayAndSlots {...options} /> : <p className="text-stone-700">{t("appointments.desk.chooseCounselorFirst")}</p>}
          {chosen && counselorOk ? (
            <MatchForm
              mode={a.actions.reschedule ? "reschedule" : "confirm"}
              id={a.id}
              version={a.version}
              counselorId={chosenCounselor}
              startAt={chosenIso!}
              rooms={roomNames(ctx, chosen.roomIds)}
              summary={t("appointments.desk.matchSummary", { name: counselorName, when: `${formatDateTime(chosen.startAt)}–${formatTime(chosen.endAt)}` })}
            />
          ) : null}
        </div>
      </Card>
    );
  }

  // The session record: text only for its author; an admin asks with a reason.
  let recordSection: React.ReactNode = null;
  if (a.hasSessionRecord && a.isRecordAuthor) {
    const r = readSessionRecord(ctx, a.id);
    recordSection = (
      <Card title={t("appointments.record.title")} description={t("appointments.record.confidential")}>
        <div className="space-y-6">
          <RecordText record={{ authorName: r.author.name, presentingIssue: r.presentingIssue, assessment: r.assessment, intervention: r.intervention, plan: r.plan, nextStep: r.nextStep, riskLevel: r.riskLevel }} />
          <details>
            <summary className="cursor-pointer font-medium text-teal-800">{t("appointments.record.edit")}</summary>
            <div className="mt-4">
              <SessionRecordForm mode="save" id={a.id} version={a.version} initial={{ presentingIssue: r.presentingIssue, assessment: r.assessment, intervention: r.intervention, plan: r.plan, nextStep: r.nextStep ?? "", riskLevel: r.riskLevel }} />
            </div>
          </details>
        </div>
      </Card>
    );
  } else if (a.hasSessionRecord && admin) {
    recordSection = (
      <Card title={t("appointments.record.title")} description={t("appointments.record.confidential")}>
        <BreakGlassForm id={a.id} />
      </Card>
    );
  } else if (a.hasSessionRecord) {
    recordSection = (
      <Card title={t("appointments.record.title")}>
        <p className="text-stone-700">{t("appointments.record.authorOnly")}</p>
      </Card>
    );
  } else if (a.status === "completed" && a.counselor?.id === ctx.actor.userId && hasRole(ctx.actor, "counselor")) {
    recordSection = (
      <Card title={t("appointments.record.title")} description={t("appointments.record.confidential")}>
        <SessionRecordForm mode="save" id={a.id} version={a.version} />
      </Card>
    );
  }

  const done = one(sp.done);
  const counselorCard = a.counselor ? listCounselors(ctx, { includeInactive: true }).find((c) => c.id === a.counselor!.id) : undefined;
  return (
    <div className="max-w-5xl space-y-6">
      <PageHeader
        title={t("appointments.desk.detailHeading", { service: a.service.name, resident: a.resident.name })}
        description={when}
        back={{ href: "/appointments", label: t("appointments.desk.backToList") }}
        actions={
          <>
            <TimelineLink residentId={a.resident.id} />
            <StatusBadge group="appointmentStatus" code={a.status} tones={STATUS_TONES} />
          </>
        }
      />
      {done === "confirm" ? <FormMessage tone="success">{t("appointments.desk.confirmed")}</FormMessage> : null}
      {done === "reschedule" ? <FormMessage tone="success">{t("appointments.desk.rescheduled")}</FormMessage> : null}

      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <Card title={t("appointments.desk.summary")}>
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
            <Item term={t("appointments.desk.resident")} value={`${a.resident.name}${a.residentPhone ? `（${a.residentPhone}）` : ""}`} />
            <Item term={t("appointments.book.service")} value={`${a.service.name} · ${t("appointments.book.minutes", { minutes: a.service.durationMinutes })}`} />
            <Item term={t("appointments.me.when")} value={when} />
            <Item term={t("appointments.desk.counselor")} value={a.counselor?.name ?? t("appointments.desk.unassigned")} />
            <Item term={t("appointments.me.room")} value={a.room?.name ?? "—"} />
            <Item
              term={t("referral.sourceLabel")}
              value={
                a.source.type === "direct" || a.source.id === null
                  ? label("appointmentSource", a.source.type)
                  : `${label("appointmentSource", a.source.type)} · ${t(a.source.type === "hotline" ? "referral.sourceCall" : "referral.sourceVisit", { id: a.source.id })}`
              }
            />
            <div>
              <dt className="text-sm text-stone-600">{t("appointments.desk.modeUrgency")}</dt>
              <dd className="mt-0.5 flex flex-wrap gap-2">
                <Badge tone="neutral" dot={false}>
                  {label("appointmentMode", a.mode)}
                </Badge>
                <Badge tone={a.urgency === "urgent" ? "danger" : a.urgency === "soon" ? "warning" : "neutral"}>{label("appointmentUrgency", a.urgency)}</Badge>
              </dd>
            </div>
            {a.requiredSpecialty ? <Item term={t("appointments.desk.requiredSpecialty")} value={a.requiredSpecialty} /> : null}
            {a.preferredTimes.length ? <Item term={t("appointments.me.preferred")} value={a.preferredTimes.join("、")} /> : null}
            {a.holdExpiresAt && a.status === "requested" ? <Item term={t("appointments.desk.holdUntil")} value={formatDateTime(a.holdExpiresAt)} /> : null}
            {a.need ? <Item term={t("appointments.desk.need")} value={a.need} wide /> : null}
            {a.declineReason ? <Item term={t("appointments.desk.declineReason")} value={a.declineReason} wide /> : null}
            {a.cancelReason ? <Item term={t("appointments.desk.cancelReason")} value={a.cancelReason} wide /> : null}
          </dl>
        </Card>
        <Card title={t("appointments.desk.nextSteps")}>
          <div className="flex flex-col items-start gap-3">
            {a.actions.confirm && a.counselor && a.startAt && a.counselor.id ? (
              <StateButton kind="confirm" id={a.id} version={a.version} label={t("appointments.desk.confirmAsRequested")} variant="primary" icon="check" />
            ) : null}
            {a.actions.checkIn ? <StateButton kind="checkIn" id={a.id} version={a.version} label={t("appointments.desk.checkIn")} variant="primary" icon="check" /> : null}
            {a.actions.noShow ? <StateButton kind="noShow" id={a.id} version={a.version} label={t("appointments.desk.noShow")} /> : null}
            {a.actions.decline ? <ReasonButton kind="decline" id={a.id} version={a.version} /> : null}
            {a.actions.cancel ? <ReasonButton kind="cancel" id={a.id} version={a.version} /> : null}
            {!Object.values(a.actions).some(Boolean) ? <p className="text-stone-700">{t("appointments.desk.noSteps")}</p> : null}
          </div>
        </Card>
      </div>

      {a.actions.complete ? (
        <Card title={t("appointments.record.completeTitle")} description={t("appointments.record.completeLead")}>
          <SessionRecordForm mode="complete" id={a.id} version={a.version} />
        </Card>
      ) : null}
      {picker}
      {recordSection}

      {counselorCard ? (
        <section aria-labelledby="counselor-heading" className="space-y-3">
          <h2 id="counselor-heading" className="text-lg font-semibold">
            {t("appointments.desk.counselor")}
          </h2>
          <CounselorCard c={counselorCard} />
        </section>
      ) : null}

      <Card title={t("appointments.desk.history")}>
        <ol className="space-y-2">
          {a.events.map((e) => (
            <li key={e.id} className="flex flex-wrap gap-x-3 text-sm">
              <span className="text-stone-600 tabular-nums">{formatDateTime(e.at)}</span>
              <span className="font-medium">{label("appointmentAction", e.action)}</span>
              {e.actor ? <span className="text-stone-700">{e.actor}</span> : null}
              {e.reason ? <span className="text-stone-700">（{e.reason}）</span> : null}
            </li>
          ))}
        </ol>
      </Card>
    </div>
  );
}

function Item({ term, value, wide = false }: { term: string; value: string; wide?: boolean }) {
  return (
    <div className={wide ? "sm:col-span-2" : undefined}>
      <dt className="text-sm text-stone-600">{term}</dt>
      <dd className="mt-0.5 whitespace-pre-wrap text-stone-900">{value}</dd>
    </div>
  );
}
