import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/app/_components/button";
import { PageHeader } from "@/app/_components/page-header";
import { Tabs } from "@/app/_components/tabs";
import type { Tone } from "@/app/_components/tone";
import { WeekCalendar, type CalendarBlock } from "@/app/_components/week-calendar";
import { requireActor } from "@/app/_server/actor";
import { hasRole, STAFF_ROLES } from "@/lib/auth/actor";
import type { ReservationStatus } from "@/db/schema";
import type { AppError } from "@/lib/errors";
import { label, t } from "@/lib/i18n/messages";
import { defaultMinutes, freeSlots, getReservation, listBlackouts, listRooms, roomSchedule, type ReservationView, type RoomView } from "@/lib/rooms/queries";
import { sourceLabel } from "@/lib/rooms/engine";
import { addLocalDays, formatDate, formatShortDate, formatTime, localClock, parseLocalDate, startOfLocalDay, startOfLocalWeek, toLocalDate, weekdayName } from "@/lib/time";
import { BookingDialog, type BookableRoom } from "./_components/booking-dialog";
import { ReservationDialog, type ReservationDetail } from "./_components/reservation-dialog";
import { bookKey, parseBookKey, PURPOSE_TONE, roomsHref, type RoomsView } from "./_components/room-links";
import { PurposeLegend, RoomWeekGrid, type GridCell } from "./_components/room-week-grid";

export const metadata: Metadata = { title: t("rooms.title") };

type SearchParams = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

const STATUS_TONE: Record<ReservationStatus, Tone> = { held: "warning", confirmed: "success", cancelled: "neutral" };

function hoursText(room: RoomView, day: Date): string {
  const h = room.openingHours[localClock(day).weekday];
  return h ? `${t("rooms.hours")} ${hhmm(h[0])}–${hhmm(h[1])}` : t("rooms.closed");
}

export default async function RoomsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireActor([...STAFF_ROLES]);
  const sp = await searchParams;
  const weekStart = startOfLocalWeek(parseLocalDate(one(sp.week) ?? "") ?? ctx.now);
  const week = toLocalDate(weekStart);
  const view: RoomsView["view"] = one(sp.view) === "day" ? "day" : "week";
  const todayKey = toLocalDate(ctx.now);
  const requestedDay = parseLocalDate(one(sp.day) ?? "");
  const dayStart = requestedDay ? startOfLocalDay(requestedDay) : toLocalDate(startOfLocalWeek(ctx.now)) === week ? startOfLocalDay(ctx.now) : weekStart;
  const v: RoomsView = { week: view === "day" ? toLocalDate(startOfLocalWeek(dayStart)) : week, view, day: toLocalDate(dayStart) };

  const rooms = listRooms(ctx);
  const range = view === "day" ? { start: dayStart, end: addLocalDays(dayStart, 1) } : { start: weekStart, end: addLocalDays(weekStart, 7) };
  const schedule = roomSchedule(ctx, range);
  const blackouts = listBlackouts(ctx, range);
  const roomName = new Map(rooms.map((r) => [r.id, r.name]));
  const itemTitle = (r: ReservationView) => r.title ?? label("reservationPurpose", r.purpose);
  const startOfToday = startOfLocalDay(ctx.now);

  // The dialogs the URL asks for.
  const rParam = one(sp.r);
  let detail: ReservationDetail | null = null;
  if (rParam && /^\d{1,12}$/.test(rParam)) {
    try {
      detail = toDetail(getReservation(ctx, Number(rParam)), roomName);
    } catch (e) {
      if ((e as AppError).code !== "not_found") throw e;
    }
  }
  const book = parseBookKey(one(sp.book));
  const bookRoom = book ? rooms.find((r) => r.id === book.roomId) : undefined;
  let initial: { roomId: number; day: string; start: string; end: string } | null = null;
  if (book && bookRoom) {
    const length = defaultMinutes(bookRoom);
    const free = book.time ? null : freeSlots(ctx, bookRoom.id, book.day, length)[0];
    const dayDate = parseLocalDate(book.day)!;
    const hours = bookRoom.openingHours[localClock(dayDate).weekday];
    const startMinute = book.time ? Number(book.time.slice(0, 2)) * 60 + Number(book.time.slice(3)) : free ? localClock(free.startAt).minute : (hours?.[0] ?? 9 * 60);
    initial = { roomId: bookRoom.id, day: book.day, start: hhmm(startMinute), end: hhmm(Math.min(startMinute + length, 24 * 60 - 5)) };
  }
  const bookable: BookableRoom[] = rooms.map((r) => ({
    id: r.id,
    name: r.name,
    mode: r.mode,
    capacity: r.capacity,
    hint: t("rooms.book.roomHint", { hours: book ? hoursText(r, parseLocalDate(book.day)!) : "", length: t("rooms.lengthRange", { min: r.minMinutes, max: r.maxMinutes }) }),
  }));

  const cell = (roomId: number, day: string): GridCell => {
    const room = rooms.find((r) => r.id === roomId)!;
    const date = parseLocalDate(day)!;
    const hours = room.openingHours[localClock(date).weekday];
    const dayEnd = addLocalDays(date, 1);
    const notes = blackouts
      .filter((b) => (b.roomId === null || b.roomId === roomId) && b.startAt < dayEnd && b.endAt > date)
      .map((b) => t("rooms.blackoutNote", { from: formatTime(b.startAt > date ? b.startAt : date), to: b.endAt < dayEnd ? formatTime(b.endAt) : "24:00", reason: b.reason }));
    const open = Boolean(hours) && date >= startOfToday;
    return { closed: !hours, notes, bookHref: open ? roomsHref(v, { book: bookKey(roomId, day) }) : null };
  };

  const days = Array.from({ length: 7 }, (_, i) => addLocalDays(weekStart, i));
  const prevWeek = toLocalDate(addLocalDays(weekStart, -7));
  const nextWeek = toLocalDate(addLocalDays(weekStart, 7));
  const isAdmin = hasRole(ctx.actor, "admin");
  const closeHref = roomsHref(v);

  return (
    <div>
      <PageHeader
        title={t("rooms.title")}
        description={t("rooms.lead")}
        actions={
          <>
            <ButtonLink href={roomsHref(v, { book: bookKey(rooms[0]?.id ?? 0, view === "day" ? v.day : dayStart < startOfToday ? todayKey : toLocalDate(dayStart)) })} variant="primary" icon="plus">
              {t("rooms.newBooking")}
            </ButtonLink>
            <ButtonLink href="/rooms/mine" icon="calendar">
              {t("rooms.mine")}
            </ButtonLink>
            {isAdmin ? (
              <ButtonLink href="/admin/rooms" icon="door">
                {t("rooms.adminSettings")}
              </ButtonLink>
            ) : null}
          </>
        }
      />
      <Tabs
        label={t("rooms.viewSwitch")}
        current={roomsHref(v)}
        items={[
          { href: roomsHref({ ...v, view: "week" }), label: t("rooms.viewWeek") },
          { href: roomsHref({ ...v, view: "day" }), label: t("rooms.viewDay") },
        ]}
      />
      <nav aria-label={view === "week" ? t("rooms.viewWeek") : t("rooms.viewDay")} className="mb-4 flex flex-wrap items-center gap-2">
        {view === "week" ? (
          <>
            <ButtonLink href={roomsHref({ ...v, week: prevWeek })} size="sm" icon="chevronLeft">
              {t("rooms.prevWeek")}
            </ButtonLink>
            <ButtonLink href="/rooms" size="sm">
              {t("rooms.thisWeek")}
            </ButtonLink>
            <ButtonLink href={roomsHref({ ...v, week: nextWeek })} size="sm">
              {t("rooms.nextWeek")}
            </ButtonLink>
            <p className="ms-2 font-medium text-stone-900">{t("rooms.weekRange", { from: formatDate(weekStart), to: formatDate(addLocalDays(weekStart, 6)) })}</p>
          </>
        ) : (
          <>
            <ButtonLink href={roomsHref({ ...v, day: toLocalDate(addLocalDays(dayStart, -1)), week: toLocalDate(startOfLocalWeek(addLocalDays(dayStart, -1))) })} size="sm" icon="chevronLeft">
              {t("rooms.prevDay")}
            </ButtonLink>
            <ButtonLink href={roomsHref({ view: "day", day: todayKey, week: toLocalDate(startOfLocalWeek(ctx.now)) })} size="sm">
              {t("rooms.today")}
            </ButtonLink>
            <ButtonLink href={roomsHref({ ...v, day: toLocalDate(addLocalDays(dayStart, 1)), week: toLocalDate(startOfLocalWeek(addLocalDays(dayStart, 1))) })} size="sm">
              {t("rooms.nextDay")}
            </ButtonLink>
            <p className="ms-2 font-medium text-stone-900">{formatDate(dayStart)}</p>
          </>
        )}
      </nav>
      <div className="mb-4">
        <PurposeLegend />
      </div>

      {view === "week" ? (
        <RoomWeekGrid
          caption={t("rooms.gridCaption", { from: formatShortDate(weekStart), to: formatShortDate(addLocalDays(weekStart, 6)) })}
          rooms={rooms.map((r) => ({ id: r.id, name: r.name, icon: r.icon, sub: r.mode === "shared" ? t("rooms.modeShared", { capacity: r.capacity }) : t("rooms.modeExclusive") }))}
          days={days.map((d) => ({ key: toLocalDate(d), label: weekdayName(d), sublabel: formatShortDate(d).split(" ")[0], today: toLocalDate(d) === todayKey }))}
          items={schedule.map((r) => ({
            id: r.id,
            roomId: r.roomId,
            day: toLocalDate(r.startAt),
            time: formatTime(r.startAt),
            title: itemTitle(r),
            purpose: r.purpose,
            held: r.status === "held",
            href: roomsHref(v, { r: r.id }),
          }))}
          cell={cell}
        />
      ) : (
        <>
          <p className="mb-2 text-sm text-stone-600">{t("rooms.dayHint")}</p>
          <WeekCalendar
            caption={t("rooms.dayCaption", { date: formatDate(dayStart) })}
            columns={rooms.map((r) => ({
              key: String(r.id),
              label: `${r.icon ?? ""} ${r.name}`.trim(),
              sublabel: hoursText(r, dayStart),
              href: dayStart >= startOfToday && r.openingHours[localClock(dayStart).weekday] ? roomsHref(v, { book: bookKey(r.id, v.day) }) : undefined,
            }))}
            events={schedule.map((r) => ({
              id: r.id,
              columnKey: String(r.roomId),
              start: r.startAt,
              end: r.endAt,
              title: itemTitle(r),
              detail: `${label("reservationPurpose", r.purpose)} · ${r.bookedBy.name}`,
              tone: PURPOSE_TONE[r.purpose],
              href: roomsHref(v, { r: r.id }),
            }))}
            blocks={rooms.flatMap((r) => dayBlocks(r, dayStart, blackouts))}
            startHour={8}
            endHour={18}
          />
        </>
      )}
      <p className="mt-3 text-sm text-stone-600">
        <Link href="/rooms/mine" className="text-teal-800 hover:underline">
          {t("rooms.mine")}
        </Link>
      </p>

      {detail ? <ReservationDialog detail={detail} rooms={rooms.map((r) => ({ id: r.id, name: r.name }))} closeHref={closeHref} movedHref={roomsHref(v, { r: detail.id })} /> : null}
      {initial && !detail ? <BookingDialog rooms={bookable} initial={initial} closeHref={closeHref} doneHrefBase={closeHref} /> : null}
    </div>
  );

  function toDetail(r: ReservationView, names: Map<number, string>): ReservationDetail {
    const status = r.expired ? "expired" : r.status;
    return {
      id: r.id,
      roomId: r.roomId,
      roomName: names.get(r.roomId) ?? "",
      whenLabel: `${formatDate(r.startAt)} ${formatTime(r.startAt)}–${formatTime(r.endAt)}`,
      day: toLocalDate(r.startAt),
      start: formatTime(r.startAt),
      end: formatTime(r.endAt),
      statusLabel: label("reservationStatus", status) + (r.status === "held" && r.holdExpiresAt && !r.expired ? ` · ${t("rooms.heldUntil", { time: formatTime(r.holdExpiresAt) })}` : ""),
      statusTone: r.expired ? "neutral" : STATUS_TONE[r.status],
      purposeLabel: label("reservationPurpose", r.purpose),
      purposeTone: PURPOSE_TONE[r.purpose],
      title: r.title,
      bookedByName: r.bookedBy.name,
      places: rooms.find((x) => x.id === r.roomId)?.mode === "shared" ? r.places : null,
      inSeries: Boolean(r.seriesId),
      sourceNote: r.sourceType ? t("rooms.detail.source", { source: sourceLabel(r.sourceType) }) : null,
      canChange: r.canChange,
    };
  }
}

/** Closed hours and blackouts of one room on one day, as shaded blocks of the day view. */
function dayBlocks(room: RoomView, day: Date, blackouts: { roomId: number | null; startAt: Date; endAt: Date; reason: string }[]): CalendarBlock[] {
  const key = String(room.id);
  const hours = room.openingHours[localClock(day).weekday];
  const out: CalendarBlock[] = hours
    ? [
        { columnKey: key, fromMinute: 0, toMinute: hours[0], label: t("rooms.closed") },
        { columnKey: key, fromMinute: hours[1], toMinute: 24 * 60, label: t("rooms.closed") },
      ]
    : [{ columnKey: key, fromMinute: 0, toMinute: 24 * 60, label: t("rooms.closed") }];
  const dayEnd = addLocalDays(day, 1);
  for (const b of blackouts) {
    if ((b.roomId !== null && b.roomId !== room.id) || b.startAt >= dayEnd || b.endAt <= day) continue;
    const from = b.startAt > day ? localClock(b.startAt).minute : 0;
    const to = b.endAt < dayEnd ? localClock(b.endAt).minute : 24 * 60;
    out.push({ columnKey: key, fromMinute: from, toMinute: to, label: b.reason });
  }
  return out;
}
