"use client";
// The roster page's admin controls: add a shift, edit one, copy last week into this one.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/app/_components/button";
import { Dialog } from "@/app/_components/dialog";
import { FormMessage, type FormMessageTone } from "@/app/_components/form-message";
import { t } from "@/lib/i18n/messages";
import { copyLastWeekAction } from "../actions";
import { ShiftForm } from "./shift-form";

type Staff = readonly { id: number; name: string }[];

export function AddShift({ staff, startAt, endAt }: { staff: Staff; startAt: string; endAt: string }) {
  return (
    <Dialog title={t("hotline.roster.addShift")} triggerLabel={t("hotline.roster.addShift")} triggerVariant="primary">
      {(close) => <ShiftForm staff={staff} defaults={{ startAt, endAt, staffIds: [], notes: "" }} onDone={close} />}
    </Dialog>
  );
}

export function EditShift({ staff, shift }: { staff: Staff; shift: { id: number; startAt: string; endAt: string; staffIds: number[]; notes: string } }) {
  return (
    <Dialog title={t("hotline.roster.editShift")} triggerLabel={t("hotline.roster.editShift")}>
      {(close) => <ShiftForm shiftId={shift.id} staff={staff} defaults={shift} onDone={close} />}
    </Dialog>
  );
}

export function CopyLastWeek({ week }: { week: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: FormMessageTone; text: string } | null>(null);
  return (
    <div className="space-y-2">
      <Button
        variant="secondary"
        pending={busy}
        onClick={async () => {
          setBusy(true);
          setMessage(null);
          const r = await copyLastWeekAction({ week });
          setBusy(false);
          if (r.ok) {
            setMessage({ tone: "success", text: t("hotline.roster.copied", { created: r.data.created, skipped: r.data.skipped }) });
            router.refresh();
          } else setMessage({ tone: "error", text: r.message });
        }}
      >
        {t("hotline.roster.copyLastWeek")}
      </Button>
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
    </div>
  );
}
