"use client";
// 取消活动, after stating a reason (and, for a weekly series, whether the later weeks go too).
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/app/_components/button";
import { Dialog } from "@/app/_components/dialog";
import { FormMessage } from "@/app/_components/form-message";
import { SelectField } from "@/app/_components/select-field";
import { TextareaField } from "@/app/_components/textarea-field";
import { t } from "@/lib/i18n/messages";
import { cancelActivityAction } from "../actions";

export function CancelActivityButton({ activityId, series }: { activityId: number; series: boolean }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [scope, setScope] = useState<"one" | "following">("one");

  async function cancel() {
    setPending(true);
    setMessage(null);
    const result = await cancelActivityAction({ activityId, reason: reason.trim() || undefined, scope });
    setPending(false);
    if (result.ok) {
      setOpen(false);
      router.push(`/activities/${activityId}?cancelled=1`);
      router.refresh();
    } else setMessage(result.fieldErrors?.reason?.[0] ?? result.message);
  }

  return (
    <>
      <Button variant="danger" icon="close" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t("activities.detail.cancel")}
      </Button>
      <Dialog title={t("activities.detail.cancel")} description={t("activities.detail.cancelLead")} open={open} onClose={() => setOpen(false)}>
        <div className="space-y-4">
          <FormMessage>{message}</FormMessage>
          <TextareaField name="cancelReason" label={t("activities.field.cancelReason")} rows={3} maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} />
          {series ? (
            <SelectField
              name="cancelScope"
              label={t("activities.field.cancelScope")}
              value={scope}
              onChange={(e) => setScope(e.target.value === "following" ? "following" : "one")}
              options={[
                { value: "one", label: t("activities.field.cancelScope.one") },
                { value: "following", label: t("activities.field.cancelScope.following") },
              ]}
            />
          ) : null}
          <Button variant="danger" pending={pending} onClick={cancel}>
            {t("activities.detail.cancelConfirm")}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
