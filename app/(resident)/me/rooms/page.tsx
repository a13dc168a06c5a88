import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/app/_components/button";
import { Card } from "@/app/_components/card";
import { FormMessage } from "@/app/_components/form-message";
import { Icon } from "@/app/_components/icon";
import { requireActor } from "@/app/_server/actor";
import type { Ctx } from "@/lib/context";
import type { AppError } from "@/lib/errors";
import { t } from "@/lib/i18n/messages";
import { RESIDENT_MAX_UPCOMING } from "@/lib/rooms/policy";
import { freeSlots, getReservation, listReservations, listRooms, type RoomView } from "@/lib/rooms/queries";
import { addLocalDays, formatDate, formatShortDate, formatTime, localClock, parseLocalDate, startOfLocalDay, toIsoLocal, toLocalDate } from "@/lib/time";
import { CancelBookingButton } from "./_components/cancel-booking-button";
import { SlotPicker } from "./_components/slot-picker";

export const metadata: Metadata = { title: t("rooms.me.title") };

type SearchParams = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
const DAYS_AHEAD = 7;

function hoursToday(room: RoomView, day: Date): string | null {
  const h = room.openingHours[localClock(day).weekday];
  return h ? `${hhmm(h[0])}–${hhmm(h[1])}` : null;
}

// Book a self-service room from a phone in three taps: room → day → free time. Then the
// resident's own bookings, each with a cancel button.
export default async function MyRoomsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireActor(["resident"]);
  const sp = await searchParams;
  const rooms = listRooms(ctx).filter((r) => r.residentBookable);
  const room = rooms.find((r) => String(r.id) === one(sp.room));
  const today = startOfLocalDay(ctx.now);
  const dayParam = parseLocalDate(one(sp.day) ?? "");
  const day = dayParam && dayParam >= today && dayParam < addLocalDays(today, DAYS_AHEAD) ? dayParam : null;
  const booked = bookedMessage(ctx, one(sp.booked), rooms);

  return (
    <div className="space-y-6">
      <div>
        <Link href="/me" className="mb-2 inline-flex min-h-11 items-center gap-1 text-base text-teal-800 hover:underline">
          <Icon name="chevronLeft" className="size-5" />
          {t("rooms.me.backToMe")}
        </Link>
        <h1 className="text-2xl font-semibold text-stone-900">{t("rooms.me.title")}</h1>
        <p className="mt-1 text-stone-700">{t("rooms.me.lead")}</p>
      </div>
      {booked ? <FormMessage tone="success">{booked}</FormMessage> : null}
      {one(sp.cancelled) ? <FormMessage tone="success">{t("rooms.me.cancelled")}</FormMessage> : null}

      {!room ? (
        <section aria-labelledby="step-room" className="space-y-3">
          <h2 id="step-room" className="text-xl font-semibold">
            {t("rooms.me.stepRoom")}
          </h2>
          <ul className="space-y-3">
            {rooms.map((r) => (
              <li key={r.id}>
                <Link href={`/me/rooms?room=${r.id}`} className="flex min-h-20 items-center gap-4 rounded-xl border border-stone-200 bg-white px-4 py-3 shadow-sm hover:border-teal-400 hover:bg-teal-50">
                  <span aria-hidden="true" className="text-3xl">
                    {r.icon}
                  </span>
                  <span className="min-w-0 flex-1">
                    <span className="block text-lg font-semibold text-stone-900">{r.name}</span>
                    <span className="block text-base text-stone-600">{r.description}</span>
                  </span>
                  <Icon name="chevronRight" className="size-6 shrink-0 text-stone-500" />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : !day ? (
        <section aria-labelledby="step-day" className="space-y-3">
          <h2 id="step-day" className="text-xl font-semibold">
            {t("rooms.me.stepDay")}
            <span className="mt-1 block text-base font-normal text-stone-700">
              {room.icon} {room.name}
            </span>
          </h2>
          <ul className="space-y-3">
            {Array.from({ length: DAYS_AHEAD }, (_, i) => addLocalDays(today, i)).map((d) => {
              const hours = hoursToday(room, d);
              const free = hours ? freeSlots(ctx, room.id, toLocalDate(d)).length : 0;
              const text = (
                <>
                  <span className="text-lg font-semibold text-stone-900">{formatShortDate(d)}</span>
                  <span className="text-base text-stone-600">{hours ? (free ? `${hours} · ${t("rooms.me.freeCount", { count: free })}` : t("rooms.me.noFree")) : t("rooms.me.closedDay")}</span>
                </>
              );
              return (
                <li key={d.getTime()}>
                  {free ? (
                    <Link href={`/me/rooms?room=${room.id}&day=${toLocalDate(d)}`} className="flex min-h-16 items-center justify-between gap-3 rounded-xl border border-stone-200 bg-white px-4 py-3 shadow-sm hover:border-teal-400 hover:bg-teal-50">
                      {text}
                    </Link>
                  ) : (
                    <p className="flex min-h-16 items-center justify-between gap-3 rounded-xl border border-stone-200 bg-stone-100 px-4 py-3" aria-disabled="true">
                      {text}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
          <ButtonLink href="/me/rooms" size="touch">
            {t("rooms.me.changeRoom")}
          </ButtonLink>
        </section>
      ) : (
        <section aria-labelledby="step-time" className="space-y-3">
          <h2 id="step-time" className="text-xl font-semibold">
            {t("rooms.me.stepTime")}
            <span className="mt-1 block text-base font-normal text-stone-700">
              {room.icon} {room.name} · {formatDate(day)}
            </span>
          </h2>
          <TimeStep ctx={ctx} room={room} day={day} />
          <p className="text-base text-stone-600">{t("rooms.me.limitNote", { max: RESIDENT_MAX_UPCOMING })}</p>
          <ButtonLink href={`/me/rooms?room=${room.id}`} size="touch">
            {t("rooms.me.changeDay")}
          </ButtonLink>
        </section>
      )}

      <MyBookings ctx={ctx} rooms={rooms} />
    </div>
  );
}

function TimeStep({ ctx, room, day }: { ctx: Ctx; room: RoomView; day: Date }) {
  const slots = freeSlots(ctx, room.id, toLocalDate(day));
  if (!slots.length) return <FormMessage tone="info">{t("rooms.me.noSlots")}</FormMessage>;
  const date = formatShortDate(day);
  return (
    <SlotPicker
      roomId={room.id}
      heading={t("rooms.me.stepTime")}
      slots={slots.map((s) => {
        const from = formatTime(s.startAt);
        const to = formatTime(s.endAt);
        return { startAt: toIsoLocal(s.startAt), endAt: toIsoLocal(s.endAt), label: t("rooms.me.slot", { from, to }), ariaLabel: t("rooms.me.slotLabel", { date, from, to }) };
      })}
    />
  );
}

function MyBookings({ ctx, rooms }: { ctx: Ctx; rooms: RoomView[] }) {
  const names = new Map(listRooms(ctx).map((r) => [r.id, r.name]));
  const mine = listReservations(ctx, { mine: true, purpose: "self_service", status: "live", start: ctx.now, limit: 20 }).items;
  return (
    <Card title={t("rooms.me.myBookings")}>
      {mine.length === 0 ? (
        <p className="text-stone-600">{t("rooms.me.noBookings")}</p>
      ) : (
        <ul className="divide-y divide-stone-100">
          {mine.map((r) => {
            const when = `${formatShortDate(r.startAt)} ${formatTime(r.startAt)}–${formatTime(r.endAt)}`;
            const name = names.get(r.roomId) ?? rooms.find((x) => x.id === r.roomId)?.name ?? "";
            return (
              <li key={r.id} className="space-y-2 py-3">
                <p>
                  <span className="block font-semibold text-stone-900">{name}</span>
                  <span className="block text-stone-700 tabular-nums">{when}</span>
                </p>
                {r.canChange ? <CancelBookingButton id={r.id} label={t("rooms.me.cancelLabel", { room: name, when })} description={`${name} · ${when}`} /> : null}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

function bookedMessage(ctx: Ctx, id: string | undefined, rooms: RoomView[]): string | null {
  if (!id || !/^\d{1,12}$/.test(id)) return null;
  try {
    const r = getReservation(ctx, Number(id));
    const name = rooms.find((x) => x.id === r.roomId)?.name ?? "";
    return t("rooms.me.booked", { room: name, when: `${formatShortDate(r.startAt)} ${formatTime(r.startAt)}–${formatTime(r.endAt)}` });
  } catch (e) {
    if ((e as AppError).code === "not_found") return null;
    throw e;
  }
}
