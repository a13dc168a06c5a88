"use client";
// The staff shell's list of nav links (sidebar and phone menu); marks the current page. Items come
// from nav-items.ts, filtered and labelled by the server.
import Link, { useLinkStatus } from "next/link";
import { usePathname } from "next/navigation";
import clsx from "clsx";
import { t } from "@/lib/i18n/messages";
import { Icon, type IconName } from "./icon";

export interface NavLinkItem {
  href: string;
  label: string;
  icon: IconName;
}

function matches(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** The one item to mark current: the longest href the path is in ("/appointments/calendar" over "/appointments"). */
export function currentHref(pathname: string, hrefs: readonly string[]): string | null {
  return hrefs.filter((h) => matches(pathname, h)).sort((a, b) => b.length - a.length)[0] ?? null;
}

/** While the linked page loads (there is no staff-wide loading boundary: refusals keep their HTTP status), a spinner shows the click was taken. */
function PendingMark() {
  const { pending } = useLinkStatus();
  return pending ? <span role="status" aria-label={t("ui.loading")} className="ms-auto size-4 animate-spin rounded-full border-2 border-teal-600 border-t-transparent" /> : null;
}

export function StaffNav({ items }: { items: readonly NavLinkItem[] }) {
  const current = currentHref(usePathname(), items.map((i) => i.href));
  return (
    <ul className="space-y-1">
      {items.map((item) => {
        const isCurrent = item.href === current;
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={isCurrent ? "page" : undefined}
              className={clsx(
                "flex min-h-11 items-center gap-3 rounded-lg px-3 py-2 font-medium",
                isCurrent ? "bg-teal-50 text-teal-900 ring-1 ring-teal-200 ring-inset" : "text-stone-700 hover:bg-stone-100 hover:text-stone-900",
              )}
            >
              <Icon name={item.icon} className={clsx("size-5 shrink-0", isCurrent ? "text-teal-700" : "text-stone-500")} />
              {item.label}
              <PendingMark />
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
