"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { CheckboxField } from "@/app/_components/checkbox-field";
import { CheckboxGroup } from "@/app/_components/checkbox-group";
import { FormMessage } from "@/app/_components/form-message";
import { CHANNELS } from "@/db/schema/codes";
import { label, t } from "@/lib/i18n/messages";
import { preferencesSchema, type PreferencesInput } from "@/lib/notifications/schemas";
import { updateNotificationSettingsAction } from "../actions";

/** The resident's choice of reminder channels and quiet hours (a card on /me). */
export function NotificationSettingsForm({ defaults }: { defaults: PreferencesInput }) {
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<PreferencesInput>({ resolver: zodResolver(preferencesSchema), defaultValues: defaults });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    setSaved(false);
    const result = await updateNotificationSettingsAction(values);
    if (!result.ok) setMessage(applyActionErrors(result, form.setError, ["channels", "quietHours"]));
    else setSaved(true);
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("notifications.settingsTitle")} className="space-y-4">
      <FormMessage>{message}</FormMessage>
      <div role="status">{saved ? <FormMessage tone="success">{t("notifications.settingsSaved")}</FormMessage> : null}</div>
      <CheckboxGroup
        legend={t("notifications.channelsLegend")}
        name="channels"
        hint={t("notifications.phoneHint")}
        columns={1}
        options={CHANNELS.map((c) => ({ value: c, label: label("channel", c) }))}
        error={errors.channels?.message}
        registration={form.register("channels")}
      />
      <CheckboxField label={t("notifications.quietHours")} error={errors.quietHours?.message} {...form.register("quietHours")} />
      <Button type="submit" size="touch" pending={isSubmitting}>
        {t("notifications.settingsSave")}
      </Button>
    </form>
  );
}
