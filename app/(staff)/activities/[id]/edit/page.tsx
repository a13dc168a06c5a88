import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card } from "@/app/_components/card";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/actor";
import { teacherOptions } from "@/lib/activities/queries";
import { t } from "@/lib/i18n/messages";
import { listRooms } from "@/lib/rooms/queries";
import { toLocalInput } from "@/lib/time";
import { EditActivityForm } from "../../_components/edit-activity-form";
import { activityForPage } from "../activity-loader";

export const metadata: Metadata = { title: t("activities.detail.edit") };

const split = (d: Date) => {
  const s = toLocalInput(d);
  return { date: s.slice(0, 10), time: s.slice(11, 16) };
};

export default async function EditActivityPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireActor(["teacher", "admin"]);
  const a = activityForPage(ctx, (await params).id);
  // Only its teachers and the admin, before it starts; the use case checks the same again.
  if (!a.canManage || a.status === "cancelled" || ctx.now >= a.startAt) redirect(`/activities/${a.id}`);
  const start = split(a.startAt);
  const deadline = split(a.signupDeadline);
  const deadlineIsStart = a.signupDeadline.getTime() === a.startAt.getTime();
  const rooms = listRooms(ctx).map((r) => ({ value: String(r.id), label: r.name }));
  const teachers = teacherOptions(ctx).map((x) => ({ value: String(x.id), label: x.name }));
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("activities.detail.edit")} description={t("activities.detail.editLead")} back={{ href: `/activities/${a.id}`, label: a.title }} />
      <Card>
        <EditActivityForm
          activityId={a.id}
          rooms={rooms}
          teachers={teachers}
          defaults={{
            title: a.title,
            description: a.description ?? "",
            type: a.type,
            roomId: String(a.roomId),
            date: start.date,
            startTime: start.time,
            endTime: split(a.endAt).time,
            capacity: a.capacity,
            audience: a.audience ?? "",
            deadlineDate: deadlineIsStart ? "" : deadline.date,
            deadlineTime: deadlineIsStart ? "" : deadline.time,
            teacherIds: a.teachers.map((x) => String(x.id)),
            signupsClosed: a.signupsClosed,
          }}
        />
      </Card>
    </div>
  );
}
