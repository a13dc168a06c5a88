"use client";
// 重置密码: a temporary password the user must change at next sign-in; their sessions end now.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { FormMessage, type FormMessageTone } from "@/app/_components/form-message";
import { TextField } from "@/app/_components/text-field";
import { t } from "@/lib/i18n/messages";
import { resetPasswordSchema } from "@/lib/users/schemas";
import type { z } from "@/lib/zod";
import { resetUserPasswordAction } from "../actions";

type Values = z.input<typeof resetPasswordSchema>;
const FIELDS = ["password"] as const;

export function ResetPasswordForm({ userId }: { userId: number }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: FormMessageTone; text: string } | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(resetPasswordSchema, undefined, { raw: true }),
    defaultValues: { password: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await resetUserPasswordAction({ ...values, id: userId });
    if (result.ok) {
      form.reset({ password: "" });
      setMessage({ tone: "success", text: t("users.passwordReset") });
      router.refresh();
    } else {
      setMessage({ tone: "error", text: applyActionErrors(result, form.setError, FIELDS) });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("users.resetTitle")} className="space-y-4">
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      <FormMessage tone="warning">{t("users.resetWarning")}</FormMessage>
      <TextField label={t("users.newPassword")} type="password" required autoComplete="new-password" hint={t("users.field.passwordHint")} error={errors.password?.message} wrapperClassName="max-w-md" {...form.register("password")} />
      <Button type="submit" variant="secondary" icon="key" pending={isSubmitting}>
        {t("users.resetSubmit")}
      </Button>
    </form>
  );
}
