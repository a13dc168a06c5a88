"use client";
import { Button } from "@/app/_components/button";
import { t } from "@/lib/i18n/messages";

export function PrintButton() {
  return (
    <Button icon="clipboard" onClick={() => window.print()}>
      {t("mediation.print.button")}
    </Button>
  );
}
