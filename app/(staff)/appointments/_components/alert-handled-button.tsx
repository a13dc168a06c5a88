"use client";
// The admin marks a high-risk session alert as followed up.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/app/_components/button";
import { t } from "@/lib/i18n/messages";
import { handleAlertAction } from "../actions";

export function AlertHandledButton({ id }: { id: number }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        size="sm"
        variant="secondary"
        pending={pending}
        onClick={async () => {
          setPending(true);
          const result = await handleAlertAction({ id });
          setPending(false);
          if (result.ok) router.refresh();
          else setMessage(result.message);
        }}
      >
        {t("appointments.widget.handled")}
      </Button>
      {message ? <span role="alert" className="text-sm text-red-800">{message}</span> : null}
    </span>
  );
}
