import { ButtonLink } from "@/app/_components/button";
import { Card } from "@/app/_components/card";
import type { Ctx } from "@/lib/context";
import { t } from "@/lib/i18n/messages";
import { getPreferences, unreadCount } from "@/lib/notifications/queries";
import { NotificationSettingsForm } from "./settings-form";

/** The /me portal card: unread messages, the way to the list, and how the resident wants to be reminded. */
export function NotificationsCard({ ctx }: { ctx: Ctx }) {
  const unread = unreadCount(ctx);
  return (
    <Card title={t("notifications.title")} description={t("notifications.unreadCount", { count: unread })}>
      <div className="space-y-5">
        <ButtonLink href="/me/notifications" size="touch" icon="bell">
          {t("notifications.open")}
        </ButtonLink>
        <div className="border-t border-stone-100 pt-4">
          <h3 className="mb-1 font-semibold text-stone-900">{t("notifications.settingsTitle")}</h3>
          <p className="mb-3 text-base text-stone-700">{t("notifications.settingsLead")}</p>
          <NotificationSettingsForm defaults={getPreferences(ctx)} />
        </div>
      </div>
    </Card>
  );
}
