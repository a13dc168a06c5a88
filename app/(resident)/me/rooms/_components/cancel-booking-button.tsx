"use client";
// Cancels one of the resident's own bookings, after a confirmation step (a native dialog).
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/app/_components/button";
import { Dialog } from "@/app/_components/dialog";
import { FormMessage } from "@/app/_components/form-message";
import { t } from "@/lib/i18n/messages";
import { cancelMyReservationAction } from "../actions";

export function CancelBookingButton({ id, label, description }: { id: number; label: string; description: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function cancel() {
    setPending(true);
    setMessage(null);
    const result = await cancelMyReservationAction({ id });
    setPending(false);
    if (result.ok) {
      setOpen(false);
      router.push("/me/rooms?cancelled=1");
      router.refresh();
    } else setMessage(result.message);
  }

  return (
    <>
      <Button variant="secondary" size="touch" aria-label={label} onClick={() => setOpen(true)}>
        {t("rooms.me.cancel")}
      </Button>
      <Dialog title={t("rooms.cancel.title")} description={description} open={open} onClose={() => setOpen(false)}>
        <div className="space-y-3">
          <FormMessage>{message}</FormMessage>
          <Button variant="danger" size="touch" pending={pending} onClick={cancel}>
            {t("rooms.cancel.submit")}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
