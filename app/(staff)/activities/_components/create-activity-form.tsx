"use client";
// 新建活动: one activity, or (每周重复) one per week sharing a series. On success the action goes on
// to the (first) new activity's page; a room clash comes back as a message, per week for a series.
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { CheckboxField } from "@/app/_components/checkbox-field";
import { FormMessage } from "@/app/_components/form-message";
import type { SelectOption } from "@/app/_components/select-field";
import { TextField } from "@/app/_components/text-field";
import { createActivityFormSchema, type CreateActivityFormValues } from "@/lib/activities/schemas";
import { t } from "@/lib/i18n/messages";
import { createActivityAction } from "../actions";
import { ActivityFields, SHARED_FIELDS, type SharedField } from "./activity-fields";

const FIELDS = [...SHARED_FIELDS, "repeat", "repeatCount"] as const;

export function CreateActivityForm({ rooms, teachers, defaultDate, defaultTeacherIds }: { rooms: SelectOption[]; teachers: SelectOption[]; defaultDate: string; defaultTeacherIds: string[] }) {
  const [message, setMessage] = useState<string | null>(null);
  const [requestKey] = useState(() => crypto.randomUUID());
  const form = useForm<CreateActivityFormValues>({
    resolver: zodResolver(createActivityFormSchema, undefined, { raw: true }),
    defaultValues: {
      title: "",
      description: "",
      type: "group_counselling",
      roomId: "",
      date: defaultDate,
      startTime: "14:00",
      endTime: "15:30",
      capacity: 8,
      audience: "",
      deadlineDate: "",
      deadlineTime: "",
      teacherIds: defaultTeacherIds,
      repeat: false,
      repeatCount: 4,
      requestKey,
    },
  });
  const { errors, isSubmitting } = form.formState;
  const repeat = useWatch({ control: form.control, name: "repeat" });

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await createActivityAction(values);
    if (result && !result.ok) setMessage(applyActionErrors(result, form.setError, FIELDS));
  });

  const fieldErrors: Partial<Record<SharedField, string>> = Object.fromEntries(SHARED_FIELDS.map((f) => [f, errors[f]?.message]));
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("activities.newTitle")} className="space-y-5">
      <FormMessage>{message}</FormMessage>
      <ActivityFields
        field={(name) => form.register(name, name === "capacity" ? { valueAsNumber: true } : undefined)}
        errors={fieldErrors}
        rooms={rooms}
        teachers={teachers}
      />
      <div className="rounded-lg border border-stone-200 bg-stone-50 p-4">
        <CheckboxField label={t("activities.field.repeat")} hint={t("activities.field.repeatHint")} error={errors.repeat?.message} {...form.register("repeat")} />
        {repeat ? (
          <TextField
            type="number"
            min={2}
            max={52}
            inputMode="numeric"
            label={t("activities.field.repeatCount")}
            wrapperClassName="mt-3 max-w-40"
            error={errors.repeatCount?.message}
            {...form.register("repeatCount", { valueAsNumber: true })}
          />
        ) : null}
      </div>
      <Button type="submit" size="lg" icon="plus" pending={isSubmitting}>
        {t("activities.create")}
      </Button>
    </form>
  );
}
