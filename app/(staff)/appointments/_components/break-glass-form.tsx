"use client";
// An admin reads a session record only after stating why (break-glass): the reason is audited
// with the read, and the text arrives only as this action's answer — never in the page itself.
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { FormMessage } from "@/app/_components/form-message";
import { RiskLevelBadge, type RiskLevel } from "@/app/_components/risk-level-badge";
import { TextField } from "@/app/_components/text-field";
import { readSessionRecordSchema } from "@/lib/appointments/schemas";
import { t } from "@/lib/i18n/messages";
import type { z } from "@/lib/zod";
import { readSessionRecordAction } from "../actions";

type Values = z.input<typeof readSessionRecordSchema>;
interface RecordView {
  authorName: string;
  presentingIssue: string;
  assessment: string;
  intervention: string;
  plan: string;
  nextStep: string | null;
  riskLevel: RiskLevel;
}

export function BreakGlassForm({ id }: { id: number }) {
  const [record, setRecord] = useState<RecordView | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(readSessionRecordSchema, undefined, { raw: true }), defaultValues: { reason: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await readSessionRecordAction({ ...values, id });
    if (result.ok) setRecord(result.data);
    else setMessage(applyActionErrors(result, form.setError, ["reason"]));
  });

  if (record) return <RecordText record={record} />;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("appointments.record.breakGlassTitle")} className="space-y-4">
      <FormMessage tone="warning">{t("appointments.record.breakGlassLead")}</FormMessage>
      <FormMessage>{message}</FormMessage>
      <TextField label={t("appointments.record.breakGlassReason")} required maxLength={200} error={errors.reason?.message} wrapperClassName="max-w-xl" {...form.register("reason")} />
      <Button type="submit" variant="secondary" icon="shield" pending={isSubmitting}>
        {t("appointments.record.breakGlassSubmit")}
      </Button>
    </form>
  );
}

export function RecordText({ record }: { record: RecordView }) {
  const rows: [string, string | null][] = [
    [t("appointments.record.presentingIssue"), record.presentingIssue],
    [t("appointments.record.assessment"), record.assessment],
    [t("appointments.record.intervention"), record.intervention],
    [t("appointments.record.plan"), record.plan],
    [t("appointments.record.nextStep"), record.nextStep],
  ];
  return (
    <div className="space-y-3">
      <p className="flex flex-wrap items-center gap-2 text-sm text-stone-600">
        {t("appointments.record.author", { name: record.authorName })}
        <RiskLevelBadge level={record.riskLevel} />
      </p>
      <dl className="space-y-3">
        {rows
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k}>
              <dt className="font-medium text-stone-700">{k}</dt>
              <dd className="whitespace-pre-wrap text-stone-900">{v}</dd>
            </div>
          ))}
      </dl>
    </div>
  );
}
