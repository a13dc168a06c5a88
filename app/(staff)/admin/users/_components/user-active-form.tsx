"use client";
// 停用或启用账号. Disabling ends all of the user's sessions at their next request, so the form says
// so before the button, not after.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { FormMessage, type FormMessageTone } from "@/app/_components/form-message";
import { TextareaField } from "@/app/_components/textarea-field";
import { t } from "@/lib/i18n/messages";
import { setUserActiveSchema } from "@/lib/users/schemas";
import type { z } from "@/lib/zod";
import { setUserActiveAction } from "../actions";

type Values = z.input<typeof setUserActiveSchema>;
const FIELDS = ["reason"] as const;

export function UserActiveForm({ userId, active }: { userId: number; active: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: FormMessageTone; text: string } | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(setUserActiveSchema, undefined, { raw: true }),
    defaultValues: { active: !active, reason: "" },
    values: { active: !active, reason: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await setUserActiveAction({ ...values, id: userId });
    if (result.ok) {
      setMessage({ tone: "success", text: t(result.data.active ? "users.enabled" : "users.disabled") });
      router.refresh();
    } else {
      setMessage({ tone: "error", text: applyActionErrors(result, form.setError, FIELDS) });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("users.accessTitle")} className="space-y-4">
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      {active ? (
        <>
          <FormMessage tone="warning">{t("users.disableWarning")}</FormMessage>
          <TextareaField label={t("users.disableReason")} hint={t("users.disableReasonHint")} rows={2} maxLength={200} error={errors.reason?.message} {...form.register("reason")} />
          <Button type="submit" variant="danger" pending={isSubmitting}>
            {t("users.disable")}
          </Button>
        </>
      ) : (
        <>
          <p className="text-stone-700">{t("users.enableHint")}</p>
          <Button type="submit" variant="primary" pending={isSubmitting}>
            {t("users.enable")}
          </Button>
        </>
      )}
    </form>
  );
}
