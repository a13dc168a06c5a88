// The bell in the staff shell and the resident portal header: a link to the notification list,
// with the unread count (read from lib/ for the signed-in user; refreshed when an action marks
// something read).
import clsx from "clsx";
import Link from "next/link";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { t } from "@/lib/i18n/messages";
import { unreadCount } from "@/lib/notifications/queries";
import { Icon } from "./icon";

export function NotificationBell({ actor, href, className }: { actor: Actor; href: string; className?: string }) {
  const count = unreadCount({ db: getDb(), actor, now: new Date() });
  const label = count > 0 ? t("notifications.bellUnread", { count }) : t("notifications.bell");
  return (
    <Link href={href} aria-label={label} title={label} data-testid="notification-bell" className={clsx("relative inline-flex size-11 items-center justify-center rounded-full text-stone-700 hover:bg-stone-100", className)}>
      <Icon name="bell" className="size-6" />
      {count > 0 ? (
        <span aria-hidden="true" data-testid="notification-count" className="absolute -top-0.5 -end-0.5 min-w-5 rounded-full bg-rose-600 px-1.5 text-center text-xs leading-5 font-semibold text-white tabular-nums">
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </Link>
  );
}
