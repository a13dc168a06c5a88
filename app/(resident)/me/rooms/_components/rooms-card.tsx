import { ButtonLink } from "@/app/_components/button";
import { Card } from "@/app/_components/card";
import type { Ctx } from "@/lib/context";
import { t } from "@/lib/i18n/messages";
import { listReservations, listRooms } from "@/lib/rooms/queries";
import { formatShortDate, formatTime } from "@/lib/time";

/** The /me portal card: the resident's next room bookings and the way to book one. */
export function RoomsCard({ ctx }: { ctx: Ctx }) {
  const names = new Map(listRooms(ctx).map((r) => [r.id, r.name]));
  const upcoming = listReservations(ctx, { mine: true, purpose: "self_service", status: "live", start: ctx.now, limit: 3 }).items;
  return (
    <Card title={t("rooms.me.cardTitle")} description={t("rooms.me.cardLead")}>
      {upcoming.length ? (
        <>
          <h3 className="mb-1 text-base font-medium text-stone-700">{t("rooms.me.cardUpcoming")}</h3>
          <ul className="mb-4 divide-y divide-stone-100">
            {upcoming.map((r) => (
              <li key={r.id} className="flex flex-wrap justify-between gap-2 py-2">
                <span className="font-medium text-stone-900">{names.get(r.roomId)}</span>
                <span className="text-stone-700 tabular-nums">
                  {formatShortDate(r.startAt)} {formatTime(r.startAt)}–{formatTime(r.endAt)}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <ButtonLink href="/me/rooms" size="touch" variant="primary" icon="door">
        {t("rooms.me.cardBook")}
      </ButtonLink>
    </Card>
  );
}
