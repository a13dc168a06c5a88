"use client";
// 移出此类别: the person leaves one group and stays in care for the others.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/app/_components/button";
import { Dialog } from "@/app/_components/dialog";
import { FormMessage } from "@/app/_components/form-message";
import { TextareaField } from "@/app/_components/textarea-field";
import type { CareGroup } from "@/db/schema/codes";
import { t } from "@/lib/i18n/messages";
import { endGroupAction } from "../actions";

function Form({ personId, group, close }: { personId: number; group: CareGroup; close: () => void }) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setMessage(null);
    setError(reason.trim() ? undefined : t("field.required"));
    if (!reason.trim()) return;
    setPending(true);
    const r = await endGroupAction({ personId, input: { group, reason } });
    setPending(false);
    if (r.ok) {
      close();
      router.refresh();
    } else setMessage(r.message);
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t("care.endGroup")} className="space-y-4">
      <FormMessage>{message}</FormMessage>
      <TextareaField id={`end-${group}-reason`} name="reason" label={t("care.endGroupReason")} required rows={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} error={error} />
      <Button type="submit" variant="danger" pending={pending}>
        {t("care.endGroup")}
      </Button>
    </form>
  );
}

export function EndGroupForm({ personId, group }: { personId: number; group: CareGroup }) {
  return (
    <Dialog title={t("care.endGroup")} triggerLabel={t("care.endGroup")} triggerVariant="ghost">
      {(close) => <Form personId={personId} group={group} close={close} />}
    </Dialog>
  );
}
