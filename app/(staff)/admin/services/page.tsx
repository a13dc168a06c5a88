import type { Metadata } from "next";
import { Badge } from "@/app/_components/badge";
import { Card } from "@/app/_components/card";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/actor";
import { allRooms, listServices } from "@/lib/appointments/queries";
import { knownSpecialties } from "@/lib/counselors/queries";
import { t } from "@/lib/i18n/messages";
import { ServiceForm } from "./_components/service-form";

export const metadata: Metadata = { title: t("services.title") };

// The service catalogue residents order from (admin).
export default async function ServicesPage() {
  const ctx = await requireActor(["admin"]);
  const services = listServices(ctx, { includeInactive: true });
  const rooms = allRooms(ctx);
  const specialties = knownSpecialties(ctx);
  const roomName = new Map(rooms.map((r) => [r.id, r.name]));
  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader title={t("services.title")} description={t("services.lead")} />
      {services.map((s) => (
        <Card
          key={s.id}
          title={s.name}
          description={`${t("appointments.book.minutes", { minutes: s.durationMinutes })} · ${s.roomIds.map((id) => roomName.get(id)).join("、")}`}
          actions={s.active ? <Badge tone="success">{t("services.activeBadge")}</Badge> : <Badge tone="neutral">{t("services.inactiveBadge")}</Badge>}
        >
          <details>
            <summary className="cursor-pointer font-medium text-teal-800">{t("services.edit")}</summary>
            <div className="mt-4">
              <ServiceForm id={s.id} initial={{ ...s, description: s.description ?? "" }} rooms={rooms} specialties={specialties} />
            </div>
          </details>
        </Card>
      ))}
      <Card title={t("services.new")}>
        <ServiceForm rooms={rooms} specialties={specialties} />
      </Card>
    </div>
  );
}
