import Link from "next/link";
import { Brand } from "@/app/_components/brand-mark";
import { t } from "@/lib/i18n/messages";

// Pages open to anyone (居民注册, the privacy notice, the self-assessment kiosk), phone first like
// the resident portal. Display only: nothing here reads a session.
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="min-h-dvh bg-stone-50">
      <a href="#main" className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-lg focus:bg-white focus:px-4 focus:py-2 focus:shadow">
        {t("ui.skipToContent")}
      </a>
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex min-h-16 max-w-lg items-center px-4">
          <Link href="/" className="rounded-lg">
            <Brand compact />
          </Link>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-lg px-4 pt-6 pb-12 text-lg outline-none">
        {children}
      </main>
    </div>
  );
}
