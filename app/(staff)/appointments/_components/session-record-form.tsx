"use client";
// 咨询记录: written by the session's own counsellor — when completing the session, or later.
// Free text goes to the server only; the page never echoes it to anyone else.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { FormMessage, type FormMessageTone } from "@/app/_components/form-message";
import { SelectField } from "@/app/_components/select-field";
import { TextareaField } from "@/app/_components/textarea-field";
import { TextField } from "@/app/_components/text-field";
import { RISK_LEVELS } from "@/db/schema/codes";
import { sessionRecordSchema, type SessionRecordValues } from "@/lib/appointments/schemas";
import { label, t } from "@/lib/i18n/messages";
import { completeAppointmentAction, saveSessionRecordAction } from "../actions";

const FIELDS = ["presentingIssue", "assessment", "intervention", "plan", "nextStep", "riskLevel"] as const;

export function SessionRecordForm({ mode, id, version, initial }: { mode: "complete" | "save"; id: number; version: number; initial?: SessionRecordValues }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: FormMessageTone; text: string } | null>(null);
  const form = useForm<SessionRecordValues>({
    resolver: zodResolver(sessionRecordSchema, undefined, { raw: true }),
    defaultValues: initial ?? { presentingIssue: "", assessment: "", intervention: "", plan: "", nextStep: "", riskLevel: "low" },
  });
  const { errors, isSubmitting } = form.formState;
  const title = mode === "complete" ? t("appointments.record.completeTitle") : t("appointments.record.saveTitle");

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const record = { ...values, nextStep: values.nextStep || undefined };
    const result = mode === "complete" ? await completeAppointmentAction({ id, version, record }) : await saveSessionRecordAction({ ...record, id });
    if (result.ok) {
      setMessage({ tone: "success", text: t("appointments.record.saved") });
      router.refresh();
    } else setMessage({ tone: "error", text: applyActionErrors(result, form.setError, FIELDS) });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={title} className="space-y-4">
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      <TextareaField label={t("appointments.record.presentingIssue")} required maxLength={2000} rows={3} error={errors.presentingIssue?.message} {...form.register("presentingIssue")} />
      <TextareaField label={t("appointments.record.assessment")} required maxLength={2000} rows={3} error={errors.assessment?.message} {...form.register("assessment")} />
      <TextareaField label={t("appointments.record.intervention")} required maxLength={2000} rows={3} error={errors.intervention?.message} {...form.register("intervention")} />
      <TextareaField label={t("appointments.record.plan")} required maxLength={2000} rows={2} error={errors.plan?.message} {...form.register("plan")} />
      <TextField label={t("appointments.record.nextStep")} maxLength={500} error={errors.nextStep?.message} {...form.register("nextStep")} />
      <SelectField
        label={t("appointments.record.riskLevel")}
        hint={t("appointments.record.riskHint")}
        required
        options={RISK_LEVELS.map((r) => ({ value: r, label: label("riskLevel", r) }))}
        error={errors.riskLevel?.message}
        wrapperClassName="max-w-xs"
        {...form.register("riskLevel")}
      />
      <Button type="submit" icon="check" pending={isSubmitting}>
        {title}
      </Button>
    </form>
  );
}
