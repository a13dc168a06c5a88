"use client";
// 订单式: the resident describes what they need and when they can come; the centre matches a
// counsellor. Preferred times are ticked from common choices plus a line of their own words.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { CheckboxGroup } from "@/app/_components/checkbox-group";
import { FormMessage } from "@/app/_components/form-message";
import { SelectField } from "@/app/_components/select-field";
import { TextareaField } from "@/app/_components/textarea-field";
import { requestAppointmentSchema, type RequestAppointmentValues } from "@/lib/appointments/schemas";
import { label, t } from "@/lib/i18n/messages";
import { requestMyAppointmentAction } from "../actions";

const FIELDS = ["note", "preferredTimes", "urgency", "serviceId"] as const;
export const PREFERRED_TIME_CHOICES = ["工作日上午", "工作日下午", "周六上午", "周六下午", "尽快"] as const;

export function OrderRequestForm({ serviceId }: { serviceId: number }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [requestKey] = useState(() => crypto.randomUUID());
  const form = useForm<RequestAppointmentValues>({
    resolver: zodResolver(requestAppointmentSchema, undefined, { raw: true }),
    defaultValues: { serviceId, note: "", preferredTimes: [], urgency: "normal", requestKey },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await requestMyAppointmentAction(values);
    if (result.ok) {
      router.push(`/me/appointments?requested=${result.data.id}`);
      return;
    }
    setMessage(applyActionErrors(result, form.setError, FIELDS));
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("appointments.book.orderFormLabel")} className="space-y-5">
      <FormMessage>{message}</FormMessage>
      <TextareaField label={t("appointments.book.needLabel")} hint={t("appointments.book.needHint")} required maxLength={1000} rows={5} error={errors.note?.message} {...form.register("note")} />
      <CheckboxGroup
        legend={t("appointments.book.preferredLabel")}
        name="preferredTimes"
        options={PREFERRED_TIME_CHOICES.map((v) => ({ value: v, label: v }))}
        error={errors.preferredTimes?.message}
        registration={form.register("preferredTimes")}
        columns={2}
      />
      <SelectField
        label={t("appointments.book.urgencyLabel")}
        hint={t("appointments.book.urgencyHint")}
        options={(["normal", "soon", "urgent"] as const).map((u) => ({ value: u, label: label("appointmentUrgency", u) }))}
        error={errors.urgency?.message}
        {...form.register("urgency")}
      />
      <Button type="submit" size="touch" icon="check" pending={isSubmitting}>
        {t("appointments.book.submitOrder")}
      </Button>
    </form>
  );
}
