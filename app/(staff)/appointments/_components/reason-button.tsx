"use client";
// 不予受理 / 取消预约: both need a reason, asked in a dialog; the resident reads it.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { Dialog } from "@/app/_components/dialog";
import { FormMessage } from "@/app/_components/form-message";
import { TextareaField } from "@/app/_components/textarea-field";
import { cancelAppointmentSchema, declineAppointmentSchema } from "@/lib/appointments/schemas";
import { t } from "@/lib/i18n/messages";
import type { z } from "@/lib/zod";
import { cancelAppointmentAction, declineAppointmentAction } from "../actions";

type Values = z.input<typeof cancelAppointmentSchema>;

export function ReasonButton({ kind, id, version }: { kind: "decline" | "cancel"; id: number; version: number }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(kind === "decline" ? declineAppointmentSchema : cancelAppointmentSchema, undefined, { raw: true }), defaultValues: { reason: "", version } });
  const { errors, isSubmitting } = form.formState;
  const title = kind === "decline" ? t("appointments.desk.declineTitle") : t("appointments.desk.cancelTitle");

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = kind === "decline" ? await declineAppointmentAction({ ...values, id }) : await cancelAppointmentAction({ ...values, id });
    if (result.ok) {
      setOpen(false);
      router.refresh();
    } else setMessage(applyActionErrors(result, form.setError, ["reason"]));
  });

  return (
    <>
      <Button variant={kind === "cancel" ? "danger" : "secondary"} onClick={() => setOpen(true)} aria-haspopup="dialog">
        {title}
      </Button>
      <Dialog title={title} description={t("appointments.desk.reasonLead")} open={open} onClose={() => setOpen(false)}>
        <form onSubmit={onSubmit} noValidate aria-label={title} className="space-y-4">
          <FormMessage>{message}</FormMessage>
          <TextareaField label={t("appointments.desk.reason")} required maxLength={200} rows={3} error={errors.reason?.message} {...form.register("reason")} />
          <Button type="submit" variant={kind === "cancel" ? "danger" : "primary"} pending={isSubmitting}>
            {title}
          </Button>
        </form>
      </Dialog>
    </>
  );
}
