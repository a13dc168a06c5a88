"use client";
// 撤回同意: two steps (a button, then a confirmation) so a stray tap withdraws nothing.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/app/_components/button";
import { FormMessage, type FormMessageTone } from "@/app/_components/form-message";
import { t } from "@/lib/i18n/messages";
import { withdrawConsentAction } from "../actions";

export function WithdrawConsentForm() {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: FormMessageTone; text: string } | null>(null);

  const onSubmit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!confirming) return setConfirming(true);
    setPending(true);
    const r = await withdrawConsentAction({});
    setPending(false);
    setConfirming(false);
    setMessage(r.ok ? { tone: "success", text: t("profile.withdrawDone") } : { tone: "error", text: r.message });
    if (r.ok) router.refresh();
  };

  return (
    <form onSubmit={onSubmit} aria-label={t("profile.withdraw")} className="mt-4 space-y-3">
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      {confirming ? <FormMessage tone="warning">{t("profile.withdrawConfirm")}</FormMessage> : null}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" variant={confirming ? "danger" : "secondary"} size="lg" pending={pending}>
          {t("profile.withdraw")}
        </Button>
        {confirming ? (
          <Button type="button" variant="ghost" size="lg" onClick={() => setConfirming(false)}>
            {t("ui.cancel")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
