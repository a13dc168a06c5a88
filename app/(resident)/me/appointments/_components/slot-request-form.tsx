"use client";
// The last step of choosing a slot: an optional note for the counsellor, then submit. One request
// key per visit, so a double tap or a retry makes one appointment.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { FormMessage } from "@/app/_components/form-message";
import { TextareaField } from "@/app/_components/textarea-field";
import { requestAppointmentSchema, type RequestAppointmentValues } from "@/lib/appointments/schemas";
import { t } from "@/lib/i18n/messages";
import { requestMyAppointmentAction } from "../actions";

const FIELDS = ["note", "startAt", "counselorId", "serviceId"] as const;

export function SlotRequestForm({ serviceId, counselorId, startAt }: { serviceId: number; counselorId: number; startAt: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [requestKey] = useState(() => crypto.randomUUID());
  const form = useForm<RequestAppointmentValues>({
    resolver: zodResolver(requestAppointmentSchema, undefined, { raw: true }),
    defaultValues: { serviceId, counselorId, startAt, note: "", requestKey },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await requestMyAppointmentAction({ ...values, note: values.note || undefined });
    if (result.ok) {
      router.push(`/me/appointments?requested=${result.data.id}`);
      return;
    }
    setMessage(applyActionErrors(result, form.setError, FIELDS));
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("appointments.book.submitSlot")} className="space-y-4">
      <FormMessage>{message}</FormMessage>
      <TextareaField label={t("appointments.book.noteLabel")} hint={t("appointments.book.noteHint")} maxLength={1000} rows={3} error={errors.note?.message} {...form.register("note")} />
      {errors.startAt?.message ? <FormMessage>{errors.startAt.message}</FormMessage> : null}
      <Button type="submit" size="touch" icon="check" pending={isSubmitting}>
        {t("appointments.book.submitSlot")}
      </Button>
    </form>
  );
}
