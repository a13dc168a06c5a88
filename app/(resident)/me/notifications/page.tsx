import type { Metadata } from "next";
import { EmptyState } from "@/app/_components/empty-state";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/actor";
import { t } from "@/lib/i18n/messages";
import { NotificationList } from "@/app/(staff)/notifications/_components/notification-list";
import { notificationRows } from "@/app/(staff)/notifications/_components/rows";

export const metadata: Metadata = { title: t("notifications.title") };

export default async function MyNotificationsPage() {
  const ctx = await requireActor(["resident"]);
  const rows = notificationRows(ctx);
  return (
    <div className="space-y-6">
      <PageHeader title={t("notifications.title")} description={t("notifications.lead")} back={{ href: "/me", label: t("me.title") }} />
      {rows.length > 0 ? <NotificationList items={rows} large /> : <EmptyState icon="bell" title={t("notifications.emptyTitle")} description={t("notifications.emptyDescription")} />}
    </div>
  );
}
