"use client";
// Use for a short, focused task on top of a page (confirm a cancellation, state a reason). Native
// <dialog>: focus moves in and back, Escape closes, the page behind is inert. Either give
// `triggerLabel` (the dialog brings its own opening button) or control it with `open`/`onClose`.
// Long forms deserve their own page instead.
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { t } from "@/lib/i18n/messages";
import { Button, type ButtonVariant } from "./button";
import { Icon } from "./icon";

interface Props {
  title: string;
  description?: ReactNode;
  children: ReactNode | ((close: () => void) => ReactNode);
  triggerLabel?: string;
  triggerVariant?: ButtonVariant;
  open?: boolean;
  onClose?: () => void;
}

export function Dialog({ title, description, children, triggerLabel, triggerVariant = "secondary", open, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [ownOpen, setOwnOpen] = useState(false);
  const isOpen = open ?? ownOpen;
  const titleId = useId();
  const descId = useId();

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (isOpen && !el.open) el.showModal();
    if (!isOpen && el.open) el.close();
  }, [isOpen]);

  const requestClose = () => {
    setOwnOpen(false);
    onClose?.();
  };
  // Escape or a form with method="dialog" closed it natively: follow, unless we closed it ourselves.
  const onNativeClose = () => {
    if (isOpen) requestClose();
  };

  return (
    <>
      {triggerLabel ? (
        <Button variant={triggerVariant} onClick={() => setOwnOpen(true)} aria-haspopup="dialog">
          {triggerLabel}
        </Button>
      ) : null}
      <dialog
        ref={ref}
        aria-labelledby={titleId}
        aria-describedby={description ? descId : undefined}
        onClose={onNativeClose}
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl border border-stone-200 bg-white p-0 text-stone-900 shadow-xl backdrop:bg-stone-900/40"
      >
        <div className="flex items-start justify-between gap-4 border-b border-stone-100 px-5 py-4">
          <div>
            <h2 id={titleId} className="text-lg font-semibold">
              {title}
            </h2>
            {description ? (
              <p id={descId} className="mt-1 text-sm text-stone-600">
                {description}
              </p>
            ) : null}
          </div>
          <button type="button" onClick={requestClose} className="-m-2 inline-flex size-11 items-center justify-center rounded-lg text-stone-600 hover:bg-stone-100" aria-label={t("ui.close")}>
            <Icon name="close" />
          </button>
        </div>
        <div className="px-5 py-4">{isOpen ? (typeof children === "function" ? children(requestClose) : children) : null}</div>
      </dialog>
    </>
  );
}
