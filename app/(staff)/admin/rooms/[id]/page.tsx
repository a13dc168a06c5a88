import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/actor";
import type { AppError } from "@/lib/errors";
import { t } from "@/lib/i18n/messages";
import { getRoom, type RoomView } from "@/lib/rooms/queries";
import { RoomSettingsForm } from "../_components/room-settings-form";

export const metadata: Metadata = { title: t("rooms.admin.title") };

export default async function AdminRoomPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireActor(["admin"]);
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  let room: RoomView;
  try {
    room = getRoom(ctx, Number(id));
  } catch (e) {
    if ((e as AppError).code === "not_found") notFound();
    throw e;
  }
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("rooms.admin.editTitle", { room: room.name })} back={{ href: "/admin/rooms", label: t("rooms.admin.title") }} />
      <RoomSettingsForm
        id={room.id}
        initial={{
          name: room.name,
          description: room.description ?? "",
          icon: room.icon ?? "",
          mode: room.mode,
          capacity: room.capacity,
          residentBookable: room.residentBookable,
          staffRequired: room.staffRequired,
          openingHours: room.openingHours,
          minMinutes: room.minMinutes,
          maxMinutes: room.maxMinutes,
          active: room.active,
        }}
      />
    </div>
  );
}
