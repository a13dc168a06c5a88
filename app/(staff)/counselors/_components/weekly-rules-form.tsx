"use client";
// The weekly pattern as rows of weekday + from + to; saved as a whole (PUT semantics).
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { FormMessage, type FormMessageTone } from "@/app/_components/form-message";
import { SelectField } from "@/app/_components/select-field";
import { TextField } from "@/app/_components/text-field";
import { setWeeklyAvailabilitySchema, type SetWeeklyAvailabilityValues } from "@/lib/counselors/schemas";
import { label, t } from "@/lib/i18n/messages";
import { setWeeklyAvailabilityAction } from "../actions";

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0];

export function WeeklyRulesForm({ counselorId, initial }: { counselorId: number; initial: { weekday: number; start: string; end: string }[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: FormMessageTone; text: string } | null>(null);
  const form = useForm<SetWeeklyAvailabilityValues>({
    resolver: zodResolver(setWeeklyAvailabilitySchema, undefined, { raw: true }),
    defaultValues: { rules: initial.map((r) => ({ weekday: r.weekday, startMinute: r.start, endMinute: r.end })) },
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "rules" });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await setWeeklyAvailabilityAction({ rules: values.rules.map((r) => ({ ...r, weekday: Number(r.weekday) })), counselorId });
    if (result.ok) {
      setMessage({ tone: "success", text: t("counselors.availability.saved") });
      router.refresh();
    } else setMessage({ tone: "error", text: applyActionErrors(result, form.setError, []) });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("counselors.availability.weeklyTitle")} className="space-y-4">
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      {fields.length === 0 ? <p className="text-stone-700">{t("counselors.availability.noRules")}</p> : null}
      <ul className="space-y-3">
        {fields.map((f, i) => (
          <li key={f.id} className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 p-3">
            <SelectField
              id={`rules-${i}-weekday`}
              label={t("counselors.availability.weekday")}
              options={WEEKDAYS.map((d) => ({ value: String(d), label: label("weekday", String(d)) }))}
              error={errors.rules?.[i]?.weekday?.message}
              wrapperClassName="w-28"
              {...form.register(`rules.${i}.weekday`)}
            />
            <TextField id={`rules-${i}-start`} type="time" step={300} label={t("counselors.availability.from")} error={errors.rules?.[i]?.startMinute?.message} wrapperClassName="w-36" {...form.register(`rules.${i}.startMinute`)} />
            <TextField id={`rules-${i}-end`} type="time" step={300} label={t("counselors.availability.to")} error={errors.rules?.[i]?.endMinute?.message} wrapperClassName="w-36" {...form.register(`rules.${i}.endMinute`)} />
            <Button variant="ghost" onClick={() => remove(i)} aria-label={t("counselors.availability.removeRowAria", { n: i + 1 })}>
              {t("counselors.availability.removeRow")}
            </Button>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" icon="plus" onClick={() => append({ weekday: 1, startMinute: "09:00", endMinute: "12:00" })}>
          {t("counselors.availability.addRow")}
        </Button>
        <Button type="submit" icon="check" pending={isSubmitting}>
          {t("counselors.availability.saveWeekly")}
        </Button>
      </div>
    </form>
  );
}
