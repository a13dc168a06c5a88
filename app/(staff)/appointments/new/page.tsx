import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { Button } from "@/app/_components/button";
import { Card } from "@/app/_components/card";
import { EmptyState } from "@/app/_components/empty-state";
import { PageHeader } from "@/app/_components/page-header";
import { TextField } from "@/app/_components/text-field";
import { requireActor } from "@/app/_server/actor";
import { CounselorChoice, DayAndSlots, dayAndSlotOptions, ServiceChoice } from "@/app/(resident)/me/appointments/_components/booking-steps";
import { getService, listServices, residentName, searchResidents } from "@/lib/appointments/queries";
import { computeSlots, eligibleCounselors } from "@/lib/appointments/slots";
import { getCounselor, listCounselors } from "@/lib/counselors/queries";
import { AppError } from "@/lib/errors";
import { t } from "@/lib/i18n/messages";
import { addLocalDays, formatDateTime, formatTime, parseIsoInstant, startOfLocalDay } from "@/lib/time";
import { StaffBookingForm } from "../_components/staff-booking-form";

export const metadata: Metadata = { title: t("appointments.staffBook.title") };

type SearchParams = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
const num = (v: string | undefined) => (v && /^\d{1,9}$/.test(v) ? Number(v) : undefined);
const DAYS_AHEAD = 14;

// Booking on a resident's behalf at the desk or on the phone: find the resident (or take a new
// person's details), then the same steps a resident takes — service, counsellor and free time, or 订单式.
export default async function StaffNewAppointmentPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireActor(["counselor", "admin"]);
  const sp = await searchParams;
  const residentId = num(one(sp.resident));
  const newPerson = one(sp.newPerson) === "1";
  let resident: { id: number; name: string; maskedPhone: string | null } | null = null;
  if (residentId) {
    try {
      resident = residentName(ctx, residentId);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
    }
  }
  const who = resident ? { resident: resident.id } : newPerson ? { newPerson: 1 } : null;
  const href = (p: Record<string, string | number | undefined>) => {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...who, ...p })) if (v !== undefined) qs.set(k, String(v));
    return `/appointments/new?${qs}`;
  };

  let step: React.ReactNode;
  if (!who) {
    const q = one(sp.q)?.trim().slice(0, 40) ?? "";
    const found = q ? searchResidents(ctx, q) : [];
    step = (
      <Card title={t("appointments.staffBook.stepResident")}>
        <div className="space-y-4">
          <Form action="/appointments/new" role="search" className="flex flex-wrap items-end gap-3">
            <TextField type="search" name="q" label={t("appointments.staffBook.search")} placeholder={t("appointments.staffBook.searchPlaceholder")} defaultValue={q} maxLength={40} wrapperClassName="min-w-64 flex-1" />
            <Button type="submit" icon="search">
              {t("ui.search")}
            </Button>
          </Form>
          {q ? (
            found.length ? (
              <ul className="divide-y divide-stone-100 rounded-xl border border-stone-200">
                {found.map((r) => (
                  <li key={r.id}>
                    <Link href={`/appointments/new?resident=${r.id}`} className="flex flex-wrap justify-between gap-2 px-4 py-3 hover:bg-teal-50">
                      <span className="font-medium text-teal-900">{r.name}</span>
                      <span className="text-stone-600 tabular-nums">{[r.birthYear ? t("appointments.staffBook.born", { year: r.birthYear }) : null, r.community, r.maskedPhone].filter(Boolean).join(" · ")}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState title={t("appointments.staffBook.noneFound")} />
            )
          ) : null}
          <Link href="/appointments/new?newPerson=1" className="inline-flex min-h-11 items-center font-medium text-teal-800 hover:underline">
            {t("appointments.staffBook.newPersonLink")}
          </Link>
        </div>
      </Card>
    );
  } else {
    const services = listServices(ctx);
    const service = services.find((s) => s.id === num(one(sp.service)));
    const counselorId = num(one(sp.counselor));
    if (!service) {
      step = <ServiceChoice services={services.map((s) => ({ ...s, href: href({ service: s.id }) }))} />;
    } else if (one(sp.mode) === "order") {
      step = (
        <Card title={t("appointments.book.orderTitle")}>
          <StaffBookingForm serviceId={service.id} residentId={resident?.id} newPerson={!resident} />
        </Card>
      );
    } else if (!counselorId) {
      const eligible = new Set(eligibleCounselors(ctx, service).map((c) => c.id));
      const counselors = listCounselors(ctx).filter((c) => eligible.has(c.id));
      step = <CounselorChoice counselors={counselors.map((c) => ({ ...c, href: href({ service: service.id, counselor: c.id }) }))} orderHref={href({ service: service.id, mode: "order" })} />;
    } else {
      const counselor = getCounselor(ctx, counselorId);
      const today = startOfLocalDay(ctx.now);
      const slots = computeSlots(ctx, getService(ctx, service.id), { start: today, end: addLocalDays(today, DAYS_AHEAD), counselorIds: [counselor.id] });
      const chosenIso = one(sp.start);
      const chosen = chosenIso ? slots.find((s) => s.startAt.getTime() === parseIsoInstant(chosenIso)?.getTime()) : undefined;
      const options = dayAndSlotOptions(slots, today, DAYS_AHEAD, {
        selectedDate: one(sp.date),
        selectedStart: chosen ? chosenIso : undefined,
        dayHref: (date) => href({ service: service.id, counselor: counselor.id, date }),
        slotHref: (date, start) => href({ service: service.id, counselor: counselor.id, date, start }),
      });
      step = (
        <div className="space-y-6">
          {chosen ? (
            <Card title={t("appointments.book.confirmTitle")} description={t("appointments.staffBook.slotSummary", { name: counselor.name, when: `${formatDateTime(chosen.startAt)}–${formatTime(chosen.endAt)}` })}>
              <StaffBookingForm serviceId={service.id} residentId={resident?.id} newPerson={!resident} slot={{ counselorId: counselor.id, startAt: chosenIso! }} />
            </Card>
          ) : null}
          <p className="text-stone-700">{t("appointments.book.withCounselor", { name: counselor.name })}</p>
          <DayAndSlots {...options} />
        </div>
      );
    }
  }

  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader title={t("appointments.staffBook.title")} description={t("appointments.staffBook.lead")} back={{ href: "/appointments", label: t("appointments.desk.backToList") }} />
      {who ? (
        <p className="flex flex-wrap items-center gap-3 text-stone-800">
          <span>{resident ? t("appointments.staffBook.forResident", { name: resident.name }) : t("appointments.staffBook.forNewPerson")}</span>
          <Link href="/appointments/new" className="text-teal-800 hover:underline">
            {t("appointments.staffBook.changeResident")}
          </Link>
        </p>
      ) : null}
      {step}
    </div>
  );
}
