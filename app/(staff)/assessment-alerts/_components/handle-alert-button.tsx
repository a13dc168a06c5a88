"use client";
// 标记已跟进, with a short note of what was done.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/app/_components/button";
import { Dialog } from "@/app/_components/dialog";
import { FormMessage } from "@/app/_components/form-message";
import { TextareaField } from "@/app/_components/textarea-field";
import { t } from "@/lib/i18n/messages";
import { handleAlertAction } from "../actions";

export function HandleAlertButton({ id, who }: { id: number; who: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function submit() {
    setPending(true);
    setMessage(null);
    const result = await handleAlertAction({ id, note: note.trim() || undefined });
    setPending(false);
    if (result.ok) {
      setOpen(false);
      router.refresh();
    } else setMessage(result.fieldErrors?.note?.[0] ?? result.message);
  }

  return (
    <>
      <Button variant="primary" icon="check" onClick={() => setOpen(true)} aria-haspopup="dialog" aria-label={`${t("assessAlerts.markHandled")}：${who}`}>
        {t("assessAlerts.markHandled")}
      </Button>
      <Dialog title={t("assessAlerts.markHandled")} description={who} open={open} onClose={() => setOpen(false)}>
        <div className="space-y-4">
          <FormMessage>{message}</FormMessage>
          <TextareaField name={`alert-note-${id}`} label={t("assessAlerts.handledNote")} hint={t("assessAlerts.handledNoteHint")} rows={3} maxLength={200} value={note} onChange={(e) => setNote(e.target.value)} />
          <Button pending={pending} onClick={submit}>
            {t("assessAlerts.markHandled")}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
