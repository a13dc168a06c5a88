"use client";
// 修改活动: the whole activity at once. New times or room rebook through the engine on the server.
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { CheckboxField } from "@/app/_components/checkbox-field";
import { FormMessage } from "@/app/_components/form-message";
import type { SelectOption } from "@/app/_components/select-field";
import { updateActivityFormSchema, type UpdateActivityFormValues } from "@/lib/activities/schemas";
import { t } from "@/lib/i18n/messages";
import { updateActivityAction } from "../actions";
import { ActivityFields, SHARED_FIELDS, type SharedField } from "./activity-fields";

const FIELDS = [...SHARED_FIELDS, "signupsClosed"] as const;

export function EditActivityForm({ activityId, defaults, rooms, teachers }: { activityId: number; defaults: UpdateActivityFormValues; rooms: SelectOption[]; teachers: SelectOption[] }) {
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<UpdateActivityFormValues>({ resolver: zodResolver(updateActivityFormSchema, undefined, { raw: true }), defaultValues: defaults });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await updateActivityAction({ activityId, values });
    if (result && !result.ok) setMessage(applyActionErrors(result, form.setError, FIELDS));
  });

  const fieldErrors: Partial<Record<SharedField, string>> = Object.fromEntries(SHARED_FIELDS.map((f) => [f, errors[f]?.message]));
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("activities.detail.edit")} className="space-y-5">
      <FormMessage>{message}</FormMessage>
      <ActivityFields field={(name) => form.register(name, name === "capacity" ? { valueAsNumber: true } : undefined)} errors={fieldErrors} rooms={rooms} teachers={teachers} />
      <CheckboxField label={t("activities.field.signupsClosed")} hint={t("activities.field.signupsClosedHint")} {...form.register("signupsClosed")} />
      <Button type="submit" size="lg" icon="check" pending={isSubmitting}>
        {t("activities.save")}
      </Button>
    </form>
  );
}
