"use client";
// Prints the page (print views hide the shell with their own print styles).
import { Button } from "./button";
import { t } from "@/lib/i18n/messages";

export function PrintButton({ label = t("ui.print") }: { label?: string }) {
  return (
    <Button icon="clipboard" onClick={() => window.print()} className="print:hidden">
      {label}
    </Button>
  );
}
