import type { Metadata } from "next";
import { Badge } from "@/app/_components/badge";
import { ButtonLink } from "@/app/_components/button";
import { Card } from "@/app/_components/card";
import { DataTable } from "@/app/_components/data-table";
import { EmptyState } from "@/app/_components/empty-state";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/actor";
import { label, t } from "@/lib/i18n/messages";
import { listBlackouts, listRooms, roomUsage, type RoomView } from "@/lib/rooms/queries";
import { addLocalDays, formatDateTime, parseLocalDate, startOfLocalDay, toLocalDate } from "@/lib/time";
import { BlackoutForm } from "./_components/blackout-form";
import { RemoveBlackoutButton } from "./_components/remove-blackout-button";

export const metadata: Metadata = { title: t("rooms.admin.title") };

const WEEKDAYS = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];
const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

/** "周一至周五 08:30–17:30；周六 09:00–16:00；周日不开放" in short form. */
function hoursSummary(room: RoomView): string {
  return [1, 2, 3, 4, 5, 6, 0].map((d) => `${WEEKDAYS[d].slice(1)} ${room.openingHours[d] ? `${clock(room.openingHours[d]![0])}–${clock(room.openingHours[d]![1])}` : t("rooms.closed")}`).join("；");
}

export default async function AdminRoomsPage() {
  const ctx = await requireActor(["admin"]);
  const rooms = listRooms(ctx, { includeInactive: true });
  const today = startOfLocalDay(ctx.now);
  const blackouts = listBlackouts(ctx, { start: today, end: addLocalDays(today, 366) });
  const names = new Map(rooms.map((r) => [r.id, r.name]));
  const monthStart = parseLocalDate(`${toLocalDate(ctx.now).slice(0, 8)}01`)!;
  const nextMonth = parseLocalDate(`${toLocalDate(addLocalDays(monthStart, 32)).slice(0, 8)}01`)!;
  const usage = roomUsage(ctx, { start: monthStart, end: nextMonth });

  return (
    <div className="space-y-8">
      <PageHeader title={t("rooms.admin.title")} description={t("rooms.admin.lead")} back={{ href: "/rooms", label: t("rooms.mine.backToGrid") }} />
      <DataTable
        caption={t("rooms.admin.caption")}
        rows={rooms}
        rowKey={(r) => r.id}
        columns={[
          {
            key: "name",
            header: t("rooms.admin.name"),
            cell: (r) => (
              <span className="font-medium">
                <span aria-hidden="true" className="me-1">
                  {r.icon}
                </span>
                {r.name}
                {!r.active ? (
                  <Badge tone="neutral" className="ms-2">
                    {t("rooms.admin.inactive")}
                  </Badge>
                ) : null}
              </span>
            ),
          },
          { key: "mode", header: t("rooms.admin.mode"), cell: (r) => (r.mode === "shared" ? t("rooms.modeShared", { capacity: r.capacity }) : label("roomMode", r.mode)) },
          { key: "who", header: t("rooms.residentBookable"), cell: (r) => (r.residentBookable ? "✓" : "—"), align: "center" },
          { key: "hours", header: t("rooms.hours"), cell: (r) => <span className="text-sm">{hoursSummary(r)}</span>, hideOnMobile: true },
          { key: "length", header: t("rooms.admin.length"), cell: (r) => t("rooms.lengthRange", { min: r.minMinutes, max: r.maxMinutes }), hideOnMobile: true },
          {
            key: "edit",
            header: <span className="sr-only">{t("rooms.admin.edit")}</span>,
            cell: (r) => (
              <ButtonLink href={`/admin/rooms/${r.id}`} size="sm" aria-label={t("rooms.admin.editTitle", { room: r.name })}>
                {t("rooms.admin.edit")}
              </ButtonLink>
            ),
          },
        ]}
      />

      <Card title={t("rooms.admin.blackoutsTitle")} description={t("rooms.admin.blackoutsLead")}>
        <div className="space-y-6">
          {blackouts.length ? (
            <ul className="divide-y divide-stone-100">
              {blackouts.map((b) => {
                const what = `${b.roomId === null ? t("rooms.admin.allRooms") : names.get(b.roomId)} ${formatDateTime(b.startAt)}–${formatDateTime(b.endAt)}`;
                return (
                  <li key={b.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
                    <span>
                      <span className="block font-medium">{what}</span>
                      <span className="block text-sm text-stone-600">{b.reason}</span>
                    </span>
                    <RemoveBlackoutButton id={b.id} what={what} />
                  </li>
                );
              })}
            </ul>
          ) : (
            <EmptyState title={t("rooms.admin.blackoutsEmpty")} icon="calendar" />
          )}
          <BlackoutForm rooms={rooms.map((r) => ({ id: r.id, name: r.name }))} today={toLocalDate(addLocalDays(today, 1))} />
        </div>
      </Card>

      <Card title={t("rooms.admin.usageTitle")} description={t("rooms.admin.usageLead")}>
        <ul className="grid gap-2 sm:grid-cols-2">
          {usage.map((u) => (
            <li key={u.roomId} className="flex justify-between gap-3 border-b border-stone-100 py-1.5">
              <span>{u.name}</span>
              <span className="tabular-nums">
                {t("rooms.admin.usageCell", { booked: (u.bookedMinutes / 60).toFixed(1), open: (u.openMinutes / 60).toFixed(1) })}
                {u.openMinutes ? ` · ${Math.round((100 * u.bookedMinutes) / u.openMinutes)}%` : ""}
              </span>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
