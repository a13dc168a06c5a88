"use client";
// One-click state changes of the appointment desk (签到, 未到场, 确认): the action runs with the
// version the page was rendered with, so a change made meanwhile by someone else is refused (409).
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button, type ButtonVariant } from "@/app/_components/button";
import { FormMessage } from "@/app/_components/form-message";
import type { IconName } from "@/app/_components/icon";
import { checkInAction, confirmAppointmentAction, noShowAction } from "../actions";

const ACTIONS = { checkIn: checkInAction, noShow: noShowAction, confirm: confirmAppointmentAction } as const;

export function StateButton({ kind, id, version, label, variant = "secondary", icon }: { kind: keyof typeof ACTIONS; id: number; version: number; label: string; variant?: ButtonVariant; icon?: IconName }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function run() {
    setPending(true);
    setMessage(null);
    const result = await ACTIONS[kind]({ id, version });
    setPending(false);
    if (result.ok) router.refresh();
    else setMessage(result.message);
  }

  return (
    <div className="space-y-2">
      <Button variant={variant} icon={icon} pending={pending} onClick={run}>
        {label}
      </Button>
      <div aria-live="polite">{message ? <FormMessage>{message}</FormMessage> : null}</div>
    </div>
  );
}
