import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { currentActor } from "@/app/_server/actor";
import { hasRole } from "@/lib/auth/actor";
import { Brand } from "@/app/_components/brand-mark";
import { NotificationBell } from "@/app/_components/notification-bell";
import { t } from "@/lib/i18n/messages";

// The residents' portal frame, phone first (designed at 375 px): one narrow column, big type.
// Each page calls requireActor(["resident"]) itself; the early checks here only give the coarse
// cases a real HTTP status (307, 403) before loading.tsx starts streaming.
export default async function ResidentLayout({ children }: { children: React.ReactNode }) {
  const actor = await currentActor();
  if (!actor) redirect("/login?expired=1");
  if (!hasRole(actor, "resident")) forbidden();
  return (
    <div className="min-h-dvh bg-stone-50">
      <a href="#main" className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-lg focus:bg-white focus:px-4 focus:py-2 focus:shadow">
        {t("ui.skipToContent")}
      </a>
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex min-h-16 max-w-lg items-center px-4">
          <Link href="/me" className="rounded-lg">
            <Brand compact />
          </Link>
          <NotificationBell actor={actor} href="/me/notifications" className="ms-auto" />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-lg px-4 pt-6 pb-12 text-lg outline-none">
        {children}
      </main>
    </div>
  );
}
