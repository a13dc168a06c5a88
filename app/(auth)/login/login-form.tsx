"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/app/_components/button";
import { FormMessage } from "@/app/_components/form-message";
import { TextField } from "@/app/_components/text-field";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { signInSchema, type SignInInput } from "@/lib/auth/schemas";
import { t } from "@/lib/i18n/messages";
import { signInAction } from "./actions";

export function LoginForm({ next }: { next: string }) {
  const [message, setMessage] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);
  const form = useForm<SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { username: "", password: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await signInAction(values, next);
    if (result.ok) {
      setLeaving(true);
      window.location.assign(result.data.next);
    } else {
      setMessage(applyActionErrors(result, form.setError, ["username", "password"]));
      form.setValue("password", "");
      form.setFocus("password");
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("login.title")} className="space-y-5">
      <FormMessage>{message}</FormMessage>
      <TextField label={t("auth.username")} autoComplete="username" autoCapitalize="none" spellCheck={false} error={errors.username?.message} {...form.register("username")} />
      <TextField label={t("auth.password")} type="password" autoComplete="current-password" error={errors.password?.message} {...form.register("password")} />
      <Button type="submit" size="lg" className="w-full" pending={isSubmitting || leaving} pendingLabel={t("login.submitting")}>
        {t("auth.signIn")}
      </Button>
    </form>
  );
}
