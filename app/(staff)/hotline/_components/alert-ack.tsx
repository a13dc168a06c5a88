"use client";
// "知道了" on an imminent-risk alert: marks it read for this user only.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/app/_components/button";
import { t } from "@/lib/i18n/messages";
import { markAlertReadAction } from "../actions";

export function AlertAck({ alertId }: { alertId: number }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="secondary"
      size="sm"
      pending={busy}
      onClick={async () => {
        setBusy(true);
        const r = await markAlertReadAction({ id: alertId });
        setBusy(false);
        if (r.ok) router.refresh();
      }}
    >
      {t("hotline.alertRead")}
    </Button>
  );
}
