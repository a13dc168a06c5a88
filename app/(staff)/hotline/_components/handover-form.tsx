"use client";
// 写交接记录: what the next shift must know, written on the shift it comes from.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { FormMessage, type FormMessageTone } from "@/app/_components/form-message";
import { TextareaField } from "@/app/_components/textarea-field";
import { handoverNoteSchema } from "@/lib/hotline/schemas";
import { t } from "@/lib/i18n/messages";
import type { z } from "@/lib/zod";
import { addHandoverNoteAction } from "../actions";

type Values = z.input<typeof handoverNoteSchema>;

export function HandoverForm({ shiftId }: { shiftId: number }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: FormMessageTone; text: string } | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(handoverNoteSchema, undefined, { raw: true }), defaultValues: { text: "" } });
  const { errors, isSubmitting } = form.formState;
  const submit = async (values: Values) => {
    setMessage(null);
    const r = await addHandoverNoteAction({ ...values, shiftId });
    if (r.ok) {
      form.reset({ text: "" });
      setMessage({ tone: "success", text: t("hotline.handoverSaved") });
      router.refresh();
    } else setMessage({ tone: "error", text: applyActionErrors(r, form.setError, ["text"]) });
  };
  return (
    <form onSubmit={(e) => form.handleSubmit(submit)(e)} noValidate aria-label={t("hotline.addHandover")} className="space-y-3">
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      <TextareaField label={t("hotline.handoverText")} rows={2} maxLength={2000} required error={errors.text?.message} {...form.register("text")} />
      <Button type="submit" variant="secondary" pending={isSubmitting}>
        {t("hotline.addHandover")}
      </Button>
    </form>
  );
}
