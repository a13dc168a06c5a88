import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/app/_components/badge";
import { DataTable } from "@/app/_components/data-table";
import { EmptyState } from "@/app/_components/empty-state";
import { FilterBar } from "@/app/_components/filter-bar";
import { PageHeader } from "@/app/_components/page-header";
import { Pagination, type SearchParams } from "@/app/_components/pagination";
import { SelectField } from "@/app/_components/select-field";
import { requireActor } from "@/app/_server/actor";
import { STAFF_ROLES } from "@/lib/auth/actor";
import { label, t } from "@/lib/i18n/messages";
import { listReservations, listRooms } from "@/lib/rooms/queries";
import { formatDate, formatTime, startOfLocalWeek, toLocalDate } from "@/lib/time";
import { z } from "@/lib/zod";
import { PURPOSE_TONE, roomsHref } from "../_components/room-links";

export const metadata: Metadata = { title: t("rooms.mine.title") };

const filtersSchema = z.object({
  scope: z.enum(["upcoming", "past", "all"]).catch("upcoming"),
  status: z.enum(["live", "cancelled", "all"]).catch("live"),
  roomId: z.coerce.number().int().positive().optional().catch(undefined),
  cursor: z.string().regex(/^\d{1,15}_\d{1,12}$/).optional().catch(undefined),
});

export default async function MyReservationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireActor([...STAFF_ROLES]);
  const sp = await searchParams;
  const f = filtersSchema.parse({ scope: sp.scope ?? "upcoming", status: sp.status ?? "live", roomId: sp.roomId || undefined, cursor: sp.cursor });
  const rooms = listRooms(ctx);
  const page = listReservations(ctx, {
    mine: true,
    roomId: f.roomId,
    status: f.status === "all" ? undefined : f.status,
    start: f.scope === "upcoming" ? ctx.now : undefined,
    end: f.scope === "past" ? ctx.now : undefined,
    limit: 50,
    cursor: f.cursor,
  });
  const names = new Map(rooms.map((r) => [r.id, r.name]));
  const rows = page.items.map((r) => ({
    id: r.id,
    when: `${formatDate(r.startAt)} ${formatTime(r.startAt)}–${formatTime(r.endAt)}`,
    room: names.get(r.roomId) ?? "",
    purpose: r.purpose,
    title: r.title,
    status: r.expired ? "expired" : r.status,
    href: roomsHref({ week: toLocalDate(startOfLocalWeek(r.startAt)), view: "week", day: toLocalDate(r.startAt) }, { r: r.id }),
  }));
  const active = f.scope !== "upcoming" || f.status !== "live" || f.roomId !== undefined;

  return (
    <div>
      <PageHeader title={t("rooms.mine.title")} description={t("rooms.mine.lead")} back={{ href: "/rooms", label: t("rooms.mine.backToGrid") }} />
      <FilterBar action="/rooms/mine" label={t("rooms.mine.filterLabel")} active={active}>
        <SelectField
          label={t("rooms.mine.scope")}
          name="scope"
          defaultValue={f.scope}
          options={[
            { value: "upcoming", label: t("rooms.mine.upcoming") },
            { value: "past", label: t("rooms.mine.past") },
            { value: "all", label: t("ui.all") },
          ]}
        />
        <SelectField
          label={t("rooms.mine.status")}
          name="status"
          defaultValue={f.status}
          options={[
            { value: "live", label: t("rooms.mine.statusLive") },
            { value: "cancelled", label: label("reservationStatus", "cancelled") },
            { value: "all", label: t("ui.all") },
          ]}
        />
        <SelectField label={t("rooms.room")} name="roomId" defaultValue={f.roomId ? String(f.roomId) : ""} allLabel={t("ui.all")} options={rooms.map((r) => ({ value: String(r.id), label: r.name }))} />
      </FilterBar>
      <DataTable
        caption={t("rooms.mine.caption")}
        rows={rows}
        rowKey={(r) => r.id}
        empty={<EmptyState title={t("rooms.mine.empty")} icon="calendar" />}
        columns={[
          { key: "when", header: t("rooms.mine.when"), cell: (r) => <span className="tabular-nums">{r.when}</span>, className: "whitespace-nowrap" },
          { key: "room", header: t("rooms.room"), cell: (r) => r.room },
          { key: "purpose", header: t("rooms.detail.purpose"), cell: (r) => <Badge tone={PURPOSE_TONE[r.purpose]}>{label("reservationPurpose", r.purpose)}</Badge>, hideOnMobile: true },
          { key: "title", header: t("rooms.detail.titleLabel"), cell: (r) => r.title ?? "—", hideOnMobile: true },
          { key: "status", header: t("rooms.detail.status"), cell: (r) => <Badge tone={r.status === "confirmed" ? "success" : r.status === "held" ? "warning" : "neutral"}>{label("reservationStatus", r.status)}</Badge> },
          {
            key: "open",
            header: <span className="sr-only">{t("rooms.mine.open")}</span>,
            cell: (r) => (
              <Link href={r.href} className="text-teal-800 hover:underline">
                {t("rooms.mine.open")}
              </Link>
            ),
          },
        ]}
      />
      <Pagination pathname="/rooms/mine" searchParams={sp} nextCursor={page.nextCursor} />
    </div>
  );
}
