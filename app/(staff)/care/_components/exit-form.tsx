"use client";
// 退出关爱: reason and date; no more visits fall due, the file is kept.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { Dialog } from "@/app/_components/dialog";
import { FormMessage } from "@/app/_components/form-message";
import { TextField } from "@/app/_components/text-field";
import { TextareaField } from "@/app/_components/textarea-field";
import { exitPersonSchema } from "@/lib/care/schemas";
import { t } from "@/lib/i18n/messages";
import type { z } from "@/lib/zod";
import { exitPersonAction } from "../actions";

type Values = z.input<typeof exitPersonSchema>;

function Form({ personId, today, close }: { personId: number; today: string; close: () => void }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(exitPersonSchema, undefined, { raw: true }), defaultValues: { reason: "", exitedOn: today } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (input) => {
    setMessage(null);
    const r = await exitPersonAction({ personId, input });
    if (r.ok) {
      close();
      router.refresh();
    } else setMessage(applyActionErrors(r, form.setError, ["reason", "exitedOn"]));
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("care.exitTitle")} className="space-y-4">
      <FormMessage>{message}</FormMessage>
      <TextareaField label={t("care.exitReason")} required rows={3} maxLength={500} error={errors.reason?.message} {...form.register("reason")} />
      <TextField label={t("care.exitedOn")} type="date" required max={today} error={errors.exitedOn?.message} {...form.register("exitedOn")} />
      <Button type="submit" variant="danger" pending={isSubmitting}>
        {t("care.exitSubmit")}
      </Button>
    </form>
  );
}

export function ExitForm({ personId, today }: { personId: number; today: string }) {
  return (
    <Dialog title={t("care.exitTitle")} description={t("care.exitWarning")} triggerLabel={t("care.exitTitle")} triggerVariant="danger">
      {(close) => <Form personId={personId} today={today} close={close} />}
    </Dialog>
  );
}
