// The week at a glance: a row per room, a column per day. Each reservation is a link that opens
// it; the empty rest of a cell is a link that books that room on that day. Closed days and
// blackouts are marked in words, never by colour alone.
import Link from "next/link";
import clsx from "clsx";
import { SOFT_TONE, BAR_TONE } from "@/app/_components/tone";
import { label, t } from "@/lib/i18n/messages";
import type { ReservationPurpose } from "@/db/schema";
import { PURPOSE_TONE } from "./room-links";

export interface GridRoom {
  id: number;
  name: string;
  icon: string | null;
  sub: string;
}

export interface GridDay {
  key: string;
  label: string;
  sublabel: string;
  today: boolean;
}

export interface GridItem {
  id: number;
  roomId: number;
  day: string;
  time: string;
  title: string;
  purpose: ReservationPurpose;
  held: boolean;
  href: string;
}

export interface GridCell {
  closed: boolean;
  notes: string[];
  bookHref: string | null;
}

interface Props {
  caption: string;
  rooms: GridRoom[];
  days: GridDay[];
  items: GridItem[];
  cell: (roomId: number, day: string) => GridCell;
}

export function RoomWeekGrid({ caption, rooms, days, items, cell }: Props) {
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
      <table className="w-full min-w-[64rem] table-fixed border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="bg-stone-50">
            <th scope="col" className="w-40 border-b border-stone-200 px-3 py-2 text-start font-medium text-stone-700">
              {t("rooms.room")}
            </th>
            {days.map((d) => (
              <th key={d.key} scope="col" className={clsx("border-b border-s border-stone-200 px-2 py-2 text-center font-medium", d.today ? "bg-teal-50 text-teal-900" : "text-stone-900")}>
                {d.label}
                <span className="block text-xs font-normal text-stone-600">{d.sublabel}</span>
                {d.today ? <span className="sr-only">（{t("ui.today")}）</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rooms.map((room) => (
            <tr key={room.id} className="align-top">
              <th scope="row" className="border-b border-stone-200 px-3 py-2 text-start font-medium text-stone-900">
                <span aria-hidden="true" className="me-1">
                  {room.icon}
                </span>
                {room.name}
                <span className="block text-xs font-normal text-stone-600">{room.sub}</span>
              </th>
              {days.map((d) => {
                const c = cell(room.id, d.key);
                const here = items.filter((i) => i.roomId === room.id && i.day === d.key);
                return (
                  <td key={d.key} className={clsx("relative h-24 border-b border-s border-stone-200 p-1", c.closed && "bg-stone-100", d.today && !c.closed && "bg-teal-50/30")}>
                    {c.bookHref ? (
                      <Link
                        href={c.bookHref}
                        aria-label={t("rooms.bookCell", { room: room.name, date: `${d.sublabel} ${d.label}` })}
                        className="group absolute inset-0 flex items-end justify-end p-1 hover:bg-teal-50/70 focus-visible:bg-teal-50/70"
                      >
                        <span aria-hidden="true" className="rounded px-1 text-xs text-transparent group-hover:text-teal-800 group-focus-visible:text-teal-800">
                          ＋{t("rooms.bookHere")}
                        </span>
                      </Link>
                    ) : null}
                    {c.closed ? <p className="text-xs text-stone-600">{t("rooms.closed")}</p> : null}
                    {c.notes.map((n) => (
                      <p key={n} className="relative mb-1 rounded bg-stone-200/80 px-1 text-xs text-stone-800">
                        {n}
                      </p>
                    ))}
                    {here.length ? (
                      <ul className="relative space-y-1 pb-5">
                        {here.map((i) => (
                          <li key={i.id}>
                            <Link
                              href={i.href}
                              className={clsx(
                                "block truncate rounded border border-s-4 px-1 py-0.5 text-xs leading-snug hover:brightness-95",
                                SOFT_TONE[PURPOSE_TONE[i.purpose]],
                                BAR_TONE[PURPOSE_TONE[i.purpose]],
                                i.held && "border-dashed",
                              )}
                              title={`${i.time} ${i.title}`}
                            >
                              <span className="font-semibold tabular-nums">{i.time}</span> {i.title}
                              <span className="sr-only">（{label("reservationPurpose", i.purpose)}）</span>
                            </Link>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PurposeLegend() {
  const purposes: ReservationPurpose[] = ["appointment", "activity", "mediation", "self_service", "meeting", "other"];
  return (
    <ul aria-label={t("rooms.legend")} className="flex flex-wrap gap-2 text-sm">
      {purposes.map((p) => (
        <li key={p} className={clsx("rounded border border-s-4 px-2 py-0.5", SOFT_TONE[PURPOSE_TONE[p]], BAR_TONE[PURPOSE_TONE[p]])}>
          {label("reservationPurpose", p)}
        </li>
      ))}
    </ul>
  );
}
