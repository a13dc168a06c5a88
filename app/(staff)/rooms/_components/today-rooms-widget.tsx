import Link from "next/link";
import { ButtonLink } from "@/app/_components/button";
import { Card } from "@/app/_components/card";
import type { Ctx } from "@/lib/context";
import { t } from "@/lib/i18n/messages";
import { todayRoomUse } from "@/lib/rooms/queries";
import { formatTime, toLocalDate } from "@/lib/time";

/** Staff home: how many live reservations each room has today, and when the next one begins. */
export function TodayRoomsWidget({ ctx }: { ctx: Ctx }) {
  const rooms = todayRoomUse(ctx);
  const day = toLocalDate(ctx.now);
  return (
    <Card
      title={t("rooms.home.title")}
      description={t("rooms.home.lead")}
      actions={
        <ButtonLink href="/rooms" size="sm" icon="door">
          {t("rooms.home.open")}
        </ButtonLink>
      }
    >
      <ul className="grid gap-2 sm:grid-cols-2">
        {rooms.map((r) => (
          <li key={r.roomId}>
            <Link href={`/rooms?view=day&day=${day}&week=${day}`} className="flex items-baseline justify-between gap-3 rounded-lg border border-stone-200 px-3 py-2 hover:border-teal-300 hover:bg-teal-50">
              <span className="font-medium text-stone-900">
                <span aria-hidden="true" className="me-1">
                  {r.icon}
                </span>
                {r.name}
              </span>
              <span className="text-sm text-stone-700 tabular-nums">
                {r.count ? t("rooms.home.count", { count: r.count }) : t("rooms.home.none")}
                {r.nextAt ? ` · ${t("rooms.home.next", { time: formatTime(r.nextAt) })}` : ""}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
