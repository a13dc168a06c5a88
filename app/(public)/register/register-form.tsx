"use client";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { CheckboxField } from "@/app/_components/checkbox-field";
import { FormMessage } from "@/app/_components/form-message";
import { TextField } from "@/app/_components/text-field";
import { t } from "@/lib/i18n/messages";
import { registerResidentSchema, type RegisterResidentValues } from "@/lib/residents/schemas";
import { registerAction } from "./actions";

const FIELDS = ["name", "phone", "password", "confirmPassword", "consent"] as const;

export function RegisterForm() {
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<RegisterResidentValues>({
    resolver: zodResolver(registerResidentSchema),
    defaultValues: { name: "", phone: "", password: "", confirmPassword: "", consent: false },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await registerAction(values);
    // On success the action signs in and goes to the portal; only failures come back.
    if (result && !result.ok) setMessage(applyActionErrors(result, form.setError, FIELDS));
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("register.title")} className="space-y-5">
      <FormMessage>{message}</FormMessage>
      <TextField label={t("register.name")} required autoComplete="name" maxLength={40} className="text-lg" error={errors.name?.message} {...form.register("name")} />
      <TextField
        label={t("register.phone")}
        hint={t("register.phoneHint")}
        type="tel"
        inputMode="numeric"
        autoComplete="tel"
        required
        maxLength={11}
        className="text-lg"
        error={errors.phone?.message}
        {...form.register("phone")}
      />
      <TextField label={t("register.password")} hint={t("auth.passwordHint")} type="password" autoComplete="new-password" required className="text-lg" error={errors.password?.message} {...form.register("password")} />
      <TextField label={t("register.confirmPassword")} type="password" autoComplete="new-password" required className="text-lg" error={errors.confirmPassword?.message} {...form.register("confirmPassword")} />
      <div className="rounded-xl border border-stone-200 bg-stone-50 p-3">
        <CheckboxField label={t("register.consent")} error={errors.consent?.message} className="size-6" {...form.register("consent")} />
        <Link href="/privacy" target="_blank" className="mt-1 inline-flex min-h-11 items-center font-medium text-teal-800 underline">
          {t("register.readNotice")}
        </Link>
      </div>
      <Button type="submit" size="touch" pending={isSubmitting}>
        {t("register.submit")}
      </Button>
    </form>
  );
}
