"use client";
// Step 3 of booking a room from a phone: each free time is one big button; tapping it books.
// One request key per visit, so a double tap or a retry books once.
import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/app/_components/button";
import { FormMessage } from "@/app/_components/form-message";
import { t } from "@/lib/i18n/messages";
import { bookRoomAction } from "../actions";

export interface Slot {
  startAt: string;
  endAt: string;
  label: string;
  ariaLabel: string;
}

export function SlotPicker({ roomId, slots, heading }: { roomId: number; slots: Slot[]; heading: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const keys = useMemo(() => new Map(slots.map((s) => [s.startAt, `${crypto.randomUUID()}`])), [slots]);

  async function book(slot: Slot) {
    if (pending) return;
    setPending(slot.startAt);
    setMessage(null);
    const result = await bookRoomAction({ roomId, startAt: slot.startAt, endAt: slot.endAt, purpose: "self_service", requestKey: keys.get(slot.startAt) });
    if (result.ok) {
      router.push(`/me/rooms?booked=${result.data.id}`);
      return;
    }
    setPending(null);
    setMessage(result.message);
    router.refresh();
  }

  return (
    <section aria-label={heading} className="space-y-3">
      <FormMessage>{message}</FormMessage>
      <ul className="grid grid-cols-2 gap-3">
        {slots.map((s) => (
          <li key={s.startAt}>
            <Button size="touch" variant="secondary" aria-label={s.ariaLabel} pending={pending === s.startAt} pendingLabel={t("ui.submitting")} disabled={pending !== null} onClick={() => book(s)}>
              <span className="tabular-nums">{s.label}</span>
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
