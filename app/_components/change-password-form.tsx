"use client";
// The change-password form of the staff and resident password pages. On success the action ends
// every session and sends the user to /login?changed=1; only failures come back here.
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { changePasswordAction } from "@/app/_server/session-actions";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/auth/schemas";
import { t } from "@/lib/i18n/messages";
import { applyActionErrors } from "./apply-action-errors";
import { Button } from "./button";
import { FormMessage } from "./form-message";
import { TextField } from "./text-field";

const FIELDS = ["currentPassword", "newPassword", "confirmPassword"] as const;

export function ChangePasswordForm({ touch = false }: { touch?: boolean }) {
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await changePasswordAction(values);
    if (result && !result.ok) setMessage(applyActionErrors(result, form.setError, FIELDS));
  });

  const input = touch ? "min-h-12 text-lg" : undefined;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("password.title")} className="space-y-5">
      <FormMessage>{message}</FormMessage>
      <TextField label={t("auth.currentPassword")} type="password" autoComplete="current-password" className={input} error={errors.currentPassword?.message} {...form.register("currentPassword")} />
      <TextField
        label={t("auth.newPassword")}
        type="password"
        autoComplete="new-password"
        hint={t("auth.passwordHint")}
        className={input}
        error={errors.newPassword?.message}
        {...form.register("newPassword")}
      />
      <TextField label={t("auth.confirmPassword")} type="password" autoComplete="new-password" className={input} error={errors.confirmPassword?.message} {...form.register("confirmPassword")} />
      <Button type="submit" size={touch ? "touch" : "lg"} pending={isSubmitting}>
        {t("password.submit")}
      </Button>
    </form>
  );
}
