"use client";
// 延长调解期限: a later date and the reason.
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/app/_components/button";
import { FormMessage } from "@/app/_components/form-message";
import { TextField } from "@/app/_components/text-field";
import { TextareaField } from "@/app/_components/textarea-field";
import { t } from "@/lib/i18n/messages";
import { extendDeadlineSchema } from "@/lib/mediation/schemas";
import type { z } from "@/lib/zod";
import { extendDeadlineAction } from "../actions";
import { useActionSubmit } from "./use-action-form";

type Values = z.input<typeof extendDeadlineSchema>;

export function ExtendForm({ caseId, current }: { caseId: number; current: string }) {
  const form = useForm<Values>({ resolver: zodResolver(extendDeadlineSchema, undefined, { raw: true }), defaultValues: { deadlineOn: "", reason: "" } });
  const { onSubmit, message } = useActionSubmit(form, ["deadlineOn", "reason"], (data) => extendDeadlineAction({ caseId, data }), { success: t("mediation.extend.done"), reset: true });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("mediation.extend.title")} className="space-y-4">
      <FormMessage tone={message?.tone}>{message?.text}</FormMessage>
      <TextField id="extend-deadline" type="date" min={current} label={t("mediation.extend.deadline")} required error={errors.deadlineOn?.message} {...form.register("deadlineOn")} />
      <TextareaField id="extend-reason" label={t("mediation.extend.reason")} required rows={3} maxLength={500} error={errors.reason?.message} {...form.register("reason")} />
      <Button type="submit" variant="secondary" pending={isSubmitting}>
        {t("mediation.extend.submit")}
      </Button>
    </form>
  );
}
