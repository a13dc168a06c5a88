"use client";
// The staff shell's menu on phones and narrow windows: a button in the top bar that opens a panel
// (nav, user, logout) below it. Closes on navigation, on Escape and when the button is pressed again.
import { useEffect, useState, type ReactNode } from "react";
import { usePathname } from "next/navigation";
import { t } from "@/lib/i18n/messages";
import { Icon } from "./icon";

export function MobileMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const [shownFor, setShownFor] = useState(pathname);
  // Navigating away closes the menu (state adjusted during render, as React recommends).
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <div className="lg:hidden">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="staff-mobile-menu"
        onClick={() => setOpen((v) => !v)}
        className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-stone-300 bg-white px-3 font-medium text-stone-800 hover:bg-stone-100"
      >
        <Icon name={open ? "close" : "menu"} />
        {open ? t("ui.closeMenu") : t("ui.menu")}
      </button>
      <div id="staff-mobile-menu" hidden={!open} className="absolute inset-x-0 top-full z-30 max-h-[calc(100dvh-4rem)] overflow-y-auto border-b border-stone-200 bg-white px-4 pt-3 pb-5 shadow-lg">
        {children}
      </div>
    </div>
  );
}
