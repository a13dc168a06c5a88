import type { Metadata } from "next";
import { Card } from "@/app/_components/card";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/actor";
import { teacherOptions } from "@/lib/activities/queries";
import { hasRole } from "@/lib/auth/actor";
import { t } from "@/lib/i18n/messages";
import { listRooms } from "@/lib/rooms/queries";
import { addLocalDays, toLocalDate } from "@/lib/time";
import { CreateActivityForm } from "../_components/create-activity-form";

export const metadata: Metadata = { title: t("activities.newTitle") };

export default async function NewActivityPage() {
  const ctx = await requireActor(["teacher", "admin"]);
  const rooms = listRooms(ctx).map((r) => ({ value: String(r.id), label: r.name }));
  const teachers = teacherOptions(ctx).map((x) => ({ value: String(x.id), label: x.name }));
  const self = hasRole(ctx.actor, "teacher") ? [String(ctx.actor.userId)] : [];
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("activities.newTitle")} description={t("activities.newLead")} back={{ href: "/activities", label: t("activities.title") }} />
      <Card>
        <CreateActivityForm rooms={rooms} teachers={teachers} defaultDate={toLocalDate(addLocalDays(ctx.now, 1))} defaultTeacherIds={self} />
      </Card>
    </div>
  );
}
