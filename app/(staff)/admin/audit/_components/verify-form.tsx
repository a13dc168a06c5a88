"use client";
// Runs the hash-chain check on demand and shows its result in place.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/app/_components/button";
import { FormMessage, type FormMessageTone } from "@/app/_components/form-message";
import { t } from "@/lib/i18n/messages";
import { verifyAuditAction } from "../actions";

export function VerifyForm() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: FormMessageTone; text: string } | null>(null);

  const onSubmit = async (e: React.FormEvent) => {
    e.preventDefault();
    setPending(true);
    setMessage(null);
    const r = await verifyAuditAction({});
    setPending(false);
    if (!r.ok) setMessage({ tone: "error", text: r.message });
    else if (r.data.ok) setMessage({ tone: "success", text: t("audit.verifyOk", { count: r.data.count }) });
    else setMessage({ tone: "error", text: t("audit.verifyBroken", { id: r.data.brokenAtId }) });
    router.refresh();
  };

  return (
    <form onSubmit={onSubmit} aria-label={t("audit.verifyTitle")} className="space-y-3">
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      <Button type="submit" variant="primary" icon="shield" pending={pending}>
        {t("audit.verify")}
      </Button>
    </form>
  );
}
