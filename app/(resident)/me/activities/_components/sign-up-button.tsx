"use client";
// 报名 / 报名候补: one big button; the page then says whether the place is theirs or where they wait.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/app/_components/button";
import { FormMessage } from "@/app/_components/form-message";
import { signUpAction } from "../actions";

export function SignUpButton({ activityId, label, title }: { activityId: number; label: string; title: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function signUp() {
    setPending(true);
    setMessage(null);
    const result = await signUpAction({ activityId });
    setPending(false);
    if (!result.ok) {
      setMessage(result.message);
      return;
    }
    const qs = new URLSearchParams({ done: result.data.status, activity: String(activityId) });
    if (result.data.waitlistPosition) qs.set("position", String(result.data.waitlistPosition));
    router.push(`/me/activities?${qs}`);
    router.refresh();
  }

  return (
    <div className="space-y-2">
      <FormMessage>{message}</FormMessage>
      <Button size="touch" variant="primary" icon="plus" pending={pending} onClick={signUp} aria-label={`${label}：${title}`}>
        {label}
      </Button>
    </div>
  );
}
