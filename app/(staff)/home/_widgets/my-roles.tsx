import Link from "next/link";
import { Badge } from "@/app/_components/badge";
import { Card } from "@/app/_components/card";
import { Icon } from "@/app/_components/icon";
import { navItemsFor } from "@/app/_components/nav-items";
import type { Ctx } from "@/lib/context";
import { label, t } from "@/lib/i18n/messages";

/** Every staff member: their roles and the entries (from the nav) those roles open. */
export function MyRolesWidget({ ctx }: { ctx: Ctx }) {
  const items = navItemsFor(ctx.actor.roles).filter((i) => i.href !== "/home");
  return (
    <Card title={t("home.myRolesTitle")} description={t("home.myRolesLead")}>
      <p className="mb-4 flex flex-wrap items-center gap-2">
        <span className="sr-only">{t("ui.yourRoles")}：</span>
        {ctx.actor.roles.map((r) => (
          <Badge key={r} tone="brand">
            {label("role", r)}
          </Badge>
        ))}
      </p>
      <ul className="grid gap-3 sm:grid-cols-2">
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="flex min-h-14 items-center gap-3 rounded-lg border border-stone-200 px-4 py-3 font-medium text-stone-900 hover:border-teal-300 hover:bg-teal-50">
              <span className="flex size-9 shrink-0 items-center justify-center rounded-full bg-teal-50 text-teal-800">
                <Icon name={item.icon} />
              </span>
              {t(item.labelKey)}
              <Icon name="chevronRight" className="ms-auto size-4 text-stone-500" />
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
