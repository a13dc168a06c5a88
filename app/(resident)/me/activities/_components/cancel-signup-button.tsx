"use client";
// 取消报名 (or 不再候补), after a plain confirmation.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/app/_components/button";
import { Dialog } from "@/app/_components/dialog";
import { FormMessage } from "@/app/_components/form-message";
import { t } from "@/lib/i18n/messages";
import { cancelSignupAction } from "../actions";

export function CancelSignupButton({ activityId, title, label }: { activityId: number; title: string; label: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function cancel() {
    setPending(true);
    setMessage(null);
    const result = await cancelSignupAction({ activityId });
    setPending(false);
    if (result.ok) {
      setOpen(false);
      router.push("/me/activities?done=cancelled");
      router.refresh();
    } else setMessage(result.message);
  }

  return (
    <>
      <Button variant="secondary" size="touch" onClick={() => setOpen(true)} aria-haspopup="dialog" aria-label={`${label}：${title}`}>
        {label}
      </Button>
      <Dialog title={label} description={t("meActivities.cancelConfirm", { title })} open={open} onClose={() => setOpen(false)}>
        <div className="space-y-3">
          <FormMessage>{message}</FormMessage>
          <Button variant="danger" size="touch" pending={pending} onClick={cancel}>
            {label}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
