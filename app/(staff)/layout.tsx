import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { Brand } from "@/app/_components/brand-mark";
import { MobileMenu } from "@/app/_components/mobile-menu";
import { NotificationBell } from "@/app/_components/notification-bell";
import { navItemsFor } from "@/app/_components/nav-items";
import { SignOutButton } from "@/app/_components/sign-out-button";
import { StaffNav } from "@/app/_components/staff-nav";
import { currentActor } from "@/app/_server/actor";
import { isStaff } from "@/lib/auth/actor";
import { label, t } from "@/lib/i18n/messages";

// The staff shell. Each page still calls requireActor with its own roles: a layout is not a gate
// (it does not re-run on client navigation). The early checks below only give the coarse cases a
// real HTTP status (307 to the login page, 403 for residents) before loading.tsx starts streaming,
// after which a page's own redirect/forbidden can no longer change the status code.
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const actor = await currentActor();
  if (!actor) redirect("/login?expired=1");
  if (!isStaff(actor)) forbidden();
  const items = navItemsFor(actor.roles).map((i) => ({ href: i.href, label: t(i.labelKey), icon: i.icon }));
  const roles = actor.roles.map((r) => label("role", r)).join("、");
  const user = (
    <p className="leading-tight">
      <span className="sr-only">{t("ui.signedInAs")}：</span>
      <span className="block font-medium text-stone-900">{actor.name}</span>
      <span className="block text-sm text-stone-600">
        <span className="sr-only">{t("ui.yourRoles")}：</span>
        {roles}
      </span>
    </p>
  );

  return (
    <div className="min-h-dvh">
      <a href="#main" className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-lg focus:bg-white focus:px-4 focus:py-2 focus:shadow">
        {t("ui.skipToContent")}
      </a>

      <aside className="fixed inset-y-0 start-0 z-20 hidden w-68 flex-col border-e border-stone-200 bg-white lg:flex">
        <Link href="/home" className="mx-3 mt-4 mb-6 rounded-lg px-2 py-1">
          <Brand />
        </Link>
        <nav aria-label={t("ui.mainNav")} className="flex-1 overflow-y-auto px-3 pb-6">
          <StaffNav items={items} />
        </nav>
      </aside>

      <div className="lg:ps-68">
        <header className="sticky top-0 z-20 border-b border-stone-200 bg-white/95 backdrop-blur supports-[backdrop-filter]:bg-white/85">
          <div className="relative flex h-16 items-center justify-between gap-3 px-4 lg:px-8">
            <Link href="/home" className="rounded-lg lg:hidden">
              <Brand compact />
            </Link>
            <NotificationBell actor={actor} href="/notifications" className="ms-auto" />
            <div className="hidden items-center gap-4 lg:flex">
              {user}
              <SignOutButton variant="secondary" size="sm" />
            </div>
            <MobileMenu>
              <nav aria-label={t("ui.mainNav")}>
                <StaffNav items={items} />
              </nav>
              <div className="mt-4 flex flex-wrap items-center justify-between gap-3 border-t border-stone-200 pt-4">
                {user}
                <SignOutButton variant="secondary" />
              </div>
            </MobileMenu>
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 outline-none sm:px-6 lg:px-8 lg:py-8">
          {children}
        </main>
      </div>
    </div>
  );
}
