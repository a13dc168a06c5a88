import type { Metadata } from "next";
import { headers } from "next/headers";
import { EmptyState } from "@/app/_components/empty-state";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/actor";
import { STAFF_ROLES } from "@/lib/auth/actor";
import { getOwnFeed } from "@/lib/calendar/feeds";
import { t } from "@/lib/i18n/messages";
import { CalendarFeedCard } from "./_components/calendar-feed-card";
import { NotificationList } from "./_components/notification-list";
import { notificationRows } from "./_components/rows";

export const metadata: Metadata = { title: t("notifications.title") };

export default async function StaffNotificationsPage() {
  const ctx = await requireActor([...STAFF_ROLES]);
  const rows = notificationRows(ctx);
  const h = await headers();
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}`;
  return (
    <div className="space-y-6">
      <PageHeader title={t("notifications.title")} description={t("notifications.lead")} />
      {rows.length > 0 ? <NotificationList items={rows} /> : <EmptyState icon="bell" title={t("notifications.emptyTitle")} description={t("notifications.emptyDescription")} />}
      <CalendarFeedCard origin={origin} path={getOwnFeed(ctx).path} />
    </div>
  );
}
