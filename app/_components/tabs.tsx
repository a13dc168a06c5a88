// Use to switch between views of one thing (a case's 基本信息 / 调解记录 / 回访) or one list
// (进行中 / 已结案). Each tab is a link, so every view has its own URL and the server renders it;
// pass `current` (the active tab's href) from the page.
import Link from "next/link";
import clsx from "clsx";

export interface TabItem {
  href: string;
  label: string;
  /** A count shown beside the label, e.g. of open items. */
  count?: number;
}

export function Tabs({ items, current, label }: { items: readonly TabItem[]; current: string; label: string }) {
  return (
    <nav aria-label={label} className="mb-6 overflow-x-auto border-b border-stone-200">
      <ul className="flex min-w-max gap-1">
        {items.map((item) => {
          const active = item.href === current;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={clsx(
                  "-mb-px inline-flex min-h-11 items-center gap-2 border-b-2 px-4 font-medium",
                  active ? "border-teal-700 text-teal-900" : "border-transparent text-stone-600 hover:border-stone-300 hover:text-stone-900",
                )}
              >
                {item.label}
                {item.count !== undefined ? (
                  <span className={clsx("rounded-full px-2 text-sm", active ? "bg-teal-100 text-teal-900" : "bg-stone-100 text-stone-700")}>{item.count}</span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
