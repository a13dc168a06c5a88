"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Badge } from "@/app/_components/badge";
import { Button } from "@/app/_components/button";
import { FormMessage } from "@/app/_components/form-message";
import { label, t } from "@/lib/i18n/messages";
import { markAllNotificationsReadAction, markNotificationReadAction } from "../actions";

/** One notification as the list shows it: words and dates already formatted on the server. */
export interface NotificationRow {
  id: number;
  type: string;
  title: string;
  body: string | null;
  link: string | null;
  urgent: boolean;
  when: string;
  read: boolean;
}

/** The notification list (staff and residents): open one (marks it read), or mark all read. */
export function NotificationList({ items, large = false }: { items: NotificationRow[]; large?: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const unread = items.filter((n) => !n.read).length;

  const open = (n: NotificationRow) =>
    startTransition(async () => {
      setMessage(null);
      const r = n.read ? null : await markNotificationReadAction({ id: n.id });
      if (r && !r.ok) {
        setMessage(r.message);
        return;
      }
      if (n.link) router.push(n.link);
      else router.refresh();
    });

  const markAll = () =>
    startTransition(async () => {
      setMessage(null);
      const r = await markAllNotificationsReadAction({});
      if (!r.ok) setMessage(r.message);
      else {
        setDone(true);
        router.refresh();
      }
    });

  return (
    <div className="space-y-4" aria-busy={pending || undefined}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-stone-700">{t("notifications.unreadCount", { count: unread })}</p>
        {unread > 0 ? (
          <Button variant="secondary" size={large ? "touch" : "sm"} icon="check" onClick={markAll} disabled={pending}>
            {t("notifications.markAllRead")}
          </Button>
        ) : null}
      </div>
      <div role="status">{done ? <FormMessage tone="success">{t("notifications.allRead")}</FormMessage> : null}</div>
      <FormMessage>{message}</FormMessage>
      <ul aria-label={t("notifications.listCaption")} className="divide-y divide-stone-100 rounded-xl border border-stone-200 bg-white">
        {items.map((n) => (
          <li key={n.id} data-unread={!n.read || undefined}>
            <button
              type="button"
              onClick={() => open(n)}
              disabled={pending}
              className="flex w-full items-start gap-3 px-4 py-3 text-start hover:bg-stone-50 focus-visible:outline-2 focus-visible:outline-offset-[-2px] disabled:cursor-wait"
            >
              <span aria-hidden="true" className={n.read ? "mt-2 size-2.5 shrink-0 rounded-full bg-transparent" : "mt-2 size-2.5 shrink-0 rounded-full bg-rose-600"} />
              <span className="min-w-0 flex-1">
                <span className={n.read ? "block text-stone-700" : "block font-semibold text-stone-900"}>{n.title}</span>
                {n.body ? <span className="mt-0.5 block text-sm text-stone-600">{n.body}</span> : null}
                <span className="mt-1 flex flex-wrap items-center gap-2 text-sm text-stone-600">
                  <span>{label("notificationType", n.type)}</span>
                  <span aria-hidden="true">·</span>
                  <span>{n.when}</span>
                  {n.urgent ? <Badge tone="danger">{t("notifications.urgent")}</Badge> : null}
                  <span className="sr-only">{n.read ? t("notifications.read") : t("notifications.unread")}</span>
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
