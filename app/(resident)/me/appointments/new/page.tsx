import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/app/_components/card";
import { Icon } from "@/app/_components/icon";
import { requireActor } from "@/app/_server/actor";
import { getService, listServices } from "@/lib/appointments/queries";
import { computeSlots, eligibleCounselors } from "@/lib/appointments/slots";
import { getCounselor, listCounselors } from "@/lib/counselors/queries";
import { t } from "@/lib/i18n/messages";
import { addLocalDays, formatDateTime, formatTime, parseIsoInstant, startOfLocalDay } from "@/lib/time";
import { CounselorChoice, DayAndSlots, dayAndSlotOptions, ServiceChoice } from "../_components/booking-steps";
import { OrderRequestForm } from "../_components/order-request-form";
import { SlotRequestForm } from "../_components/slot-request-form";

export const metadata: Metadata = { title: t("appointments.book.title") };

type SearchParams = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
const num = (v: string | undefined) => (v && /^\d{1,9}$/.test(v) ? Number(v) : undefined);
const DAYS_AHEAD = 14;

function href(p: Record<string, string | number | undefined>): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(p)) if (v !== undefined) qs.set(k, String(v));
  return `/me/appointments/new?${qs}`;
}

// Request a session from a phone: service → a counsellor and a free time (held for them), or
// describe the need and let the centre arrange it (订单式). Each step is its own URL.
export default async function NewAppointmentPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireActor(["resident"]);
  const sp = await searchParams;
  const services = listServices(ctx);
  const service = services.find((s) => s.id === num(one(sp.service)));
  const counselorId = num(one(sp.counselor));
  const order = one(sp.mode) === "order";

  let step: React.ReactNode;
  let back: { href: string; label: string } = { href: "/me/appointments", label: t("appointments.book.backToList") };
  if (!service) {
    step = <ServiceChoice services={services.map((s) => ({ ...s, href: href({ service: s.id }) }))} />;
  } else if (order) {
    back = { href: href({ service: service.id }), label: t("appointments.book.back") };
    step = (
      <section aria-labelledby="step-need" className="space-y-3">
        <h2 id="step-need" className="text-xl font-semibold">
          {t("appointments.book.orderTitle")}
        </h2>
        <p className="text-stone-700">{t("appointments.book.orderExplain")}</p>
        <OrderRequestForm serviceId={service.id} />
      </section>
    );
  } else if (!counselorId) {
    back = { href: "/me/appointments/new", label: t("appointments.book.back") };
    const eligible = new Set(eligibleCounselors(ctx, service).map((c) => c.id));
    const counselors = listCounselors(ctx).filter((c) => eligible.has(c.id));
    step = <CounselorChoice counselors={counselors.map((c) => ({ ...c, href: href({ service: service.id, counselor: c.id }) }))} orderHref={href({ service: service.id, mode: "order" })} />;
  } else {
    back = { href: href({ service: service.id }), label: t("appointments.book.back") };
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
        <p className="text-stone-700">{t("appointments.book.withCounselor", { name: counselor.name })}</p>
        {chosen ? (
          <Card title={t("appointments.book.confirmTitle")}>
            <dl className="mb-4 space-y-1">
              <div className="flex gap-2">
                <dt className="text-stone-600">{t("appointments.me.when")}</dt>
                <dd className="font-medium tabular-nums">{`${formatDateTime(chosen.startAt)}–${formatTime(chosen.endAt)}`}</dd>
              </div>
              <div className="flex gap-2">
                <dt className="text-stone-600">{t("appointments.me.counselor")}</dt>
                <dd className="font-medium">{counselor.name}</dd>
              </div>
              <div className="flex gap-2">
                <dt className="text-stone-600">{t("appointments.book.service")}</dt>
                <dd className="font-medium">{service.name}</dd>
              </div>
            </dl>
            <p className="mb-4 text-sm text-stone-700">{t("appointments.book.holdExplain")}</p>
            <SlotRequestForm serviceId={service.id} counselorId={counselor.id} startAt={chosenIso!} />
          </Card>
        ) : null}
        <DayAndSlots {...options} />
      </div>
    );
  }

  return (
    <div className="space-y-6">
      <div>
        <Link href={back.href} className="mb-2 inline-flex min-h-11 items-center gap-1 text-base text-teal-800 hover:underline">
          <Icon name="chevronLeft" className="size-5" />
          {back.label}
        </Link>
        <h1 className="text-2xl font-semibold text-stone-900">{service ? t("appointments.book.titleWith", { service: service.name }) : t("appointments.book.title")}</h1>
        <p className="mt-1 text-stone-700">{t("appointments.book.lead")}</p>
      </div>
      {step}
    </div>
  );
}
