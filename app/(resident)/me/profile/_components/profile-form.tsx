"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { FormMessage } from "@/app/_components/form-message";
import { TextField } from "@/app/_components/text-field";
import { t } from "@/lib/i18n/messages";
import { updateOwnProfileSchema, type UpdateOwnProfileInput } from "@/lib/residents/schemas";
import { updateOwnProfileAction } from "../actions";

export function ProfileForm({ defaults }: { defaults: UpdateOwnProfileInput }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<UpdateOwnProfileInput>({ resolver: zodResolver(updateOwnProfileSchema), defaultValues: defaults });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    setSaved(false);
    const result = await updateOwnProfileAction(values);
    if (!result.ok) {
      setMessage(applyActionErrors(result, form.setError, ["name", "phone"]));
      return;
    }
    setSaved(true);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("profile.edit")} className="space-y-5">
      <FormMessage>{message}</FormMessage>
      {saved ? <FormMessage tone="success">{t("profile.saved")}</FormMessage> : null}
      <TextField label={t("profile.name")} required autoComplete="name" maxLength={40} className="text-lg" error={errors.name?.message} {...form.register("name")} />
      <TextField
        label={t("profile.phone")}
        hint={t("profile.phoneHint")}
        type="tel"
        inputMode="numeric"
        autoComplete="tel"
        required
        maxLength={11}
        className="text-lg"
        error={errors.phone?.message}
        {...form.register("phone")}
      />
      <Button type="submit" size="touch" pending={isSubmitting}>
        {t("profile.save")}
      </Button>
    </form>
  );
}
