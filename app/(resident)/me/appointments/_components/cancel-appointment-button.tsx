"use client";
// Cancels one of the resident's own appointments, with the reason asked in a dialog.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { Dialog } from "@/app/_components/dialog";
import { FormMessage } from "@/app/_components/form-message";
import { TextareaField } from "@/app/_components/textarea-field";
import { cancelAppointmentSchema } from "@/lib/appointments/schemas";
import { t } from "@/lib/i18n/messages";
import type { z } from "@/lib/zod";
import { cancelMyAppointmentAction } from "../actions";

type Values = z.input<typeof cancelAppointmentSchema>;

export function CancelAppointmentButton({ id, version, label, description }: { id: number; version: number; label: string; description: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(cancelAppointmentSchema, undefined, { raw: true }), defaultValues: { reason: "", version } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await cancelMyAppointmentAction({ ...values, id });
    if (result.ok) {
      setOpen(false);
      router.push("/me/appointments?cancelled=1");
      router.refresh();
    } else setMessage(applyActionErrors(result, form.setError, ["reason"]));
  });

  return (
    <>
      <Button variant="secondary" size="touch" aria-label={label} onClick={() => setOpen(true)}>
        {t("appointments.me.cancel")}
      </Button>
      <Dialog title={t("appointments.me.cancelTitle")} description={description} open={open} onClose={() => setOpen(false)}>
        <form onSubmit={onSubmit} noValidate aria-label={t("appointments.me.cancelTitle")} className="space-y-4">
          <FormMessage>{message}</FormMessage>
          <TextareaField label={t("appointments.me.cancelReason")} required maxLength={200} rows={3} error={errors.reason?.message} {...form.register("reason")} />
          <Button type="submit" variant="danger" size="touch" pending={isSubmitting}>
            {t("appointments.me.cancelSubmit")}
          </Button>
        </form>
      </Dialog>
    </>
  );
}
