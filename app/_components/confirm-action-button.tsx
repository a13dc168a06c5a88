"use client";
// Use for a one-click change that needs a plain "are you sure" (a resident cancelling a sign-up or a
// booking): a button, a dialog saying what will happen, the action, then the page it leads to.
import { useState } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/app/_server/action";
import { Button } from "./button";
import { Dialog } from "./dialog";
import { FormMessage } from "./form-message";

interface Props {
  /** The button's text, and its accessible name when that says more (e.g. with the record's name). */
  label: string;
  ariaLabel?: string;
  title: string;
  description: string;
  confirmLabel: string;
  run: () => Promise<ActionResult<unknown>>;
  /** Where to go once it is done (a page that says so). */
  doneHref: string;
}

export function ConfirmActionButton({ label, ariaLabel, title, description, confirmLabel, run, doneHref }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function confirm() {
    setPending(true);
    setMessage(null);
    const result = await run();
    setPending(false);
    if (result.ok) {
      setOpen(false);
      router.push(doneHref);
      router.refresh();
    } else setMessage(result.message);
  }

  return (
    <>
      <Button variant="secondary" size="touch" onClick={() => setOpen(true)} aria-haspopup="dialog" aria-label={ariaLabel ?? label}>
        {label}
      </Button>
      <Dialog title={title} description={description} open={open} onClose={() => setOpen(false)}>
        <div className="space-y-3">
          <FormMessage>{message}</FormMessage>
          <Button variant="danger" size="touch" pending={pending} onClick={confirm}>
            {confirmLabel}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
