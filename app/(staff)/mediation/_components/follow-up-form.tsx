"use client";
// 回访: was the agreement performed, how satisfied are the parties, what risks remain and what was done.
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/app/_components/button";
import { FormMessage } from "@/app/_components/form-message";
import { SelectField } from "@/app/_components/select-field";
import { TextareaField } from "@/app/_components/textarea-field";
import { MEDIATION_FOLLOW_UP_METHODS, MEDIATION_PERFORMANCE, MEDIATION_SATISFACTION } from "@/db/schema/codes";
import { label, t } from "@/lib/i18n/messages";
import { recordFollowUpSchema, type RecordFollowUpFormValues } from "@/lib/mediation/schemas";
import { recordFollowUpAction } from "../actions";
import { LocalDateTimeField } from "./local-datetime-field";
import { useActionSubmit } from "./use-action-form";

const options = (group: string, codes: readonly string[]) => codes.map((c) => ({ value: c, label: label(group, c) }));

export function FollowUpForm({ caseId, now }: { caseId: number; now: string }) {
  const defaults: RecordFollowUpFormValues = { visitedAt: now, method: "phone", performed: "yes", satisfaction: "satisfied", situation: "", risks: "", measures: "" };
  const form = useForm<RecordFollowUpFormValues>({ resolver: zodResolver(recordFollowUpSchema, undefined, { raw: true }), defaultValues: defaults });
  const { onSubmit, message } = useActionSubmit(form, ["visitedAt", "method", "performed", "satisfaction", "situation", "risks", "measures"], (data) => recordFollowUpAction({ caseId, data }), {
    success: t("mediation.followUps.saved"),
    onSuccess: () => form.reset(defaults),
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("mediation.followUps.new")} className="space-y-4">
      <FormMessage tone={message?.tone}>{message?.text}</FormMessage>
      <div className="grid gap-4 sm:grid-cols-2">
        <LocalDateTimeField control={form.control} name="visitedAt" id="follow-visitedAt" label={t("mediation.followUps.visitedAt")} required />
        <SelectField id="follow-method" label={t("mediation.followUps.method")} required options={options("mediationFollowUpMethod", MEDIATION_FOLLOW_UP_METHODS)} error={errors.method?.message} {...form.register("method")} />
        <SelectField id="follow-performed" label={t("mediation.followUps.performed")} required options={options("mediationPerformance", MEDIATION_PERFORMANCE)} error={errors.performed?.message} {...form.register("performed")} />
        <SelectField id="follow-satisfaction" label={t("mediation.followUps.satisfaction")} required options={options("mediationSatisfaction", MEDIATION_SATISFACTION)} error={errors.satisfaction?.message} {...form.register("satisfaction")} />
      </div>
      <TextareaField id="follow-situation" label={t("mediation.followUps.situation")} rows={3} maxLength={2000} error={errors.situation?.message} {...form.register("situation")} />
      <TextareaField id="follow-risks" label={t("mediation.followUps.risks")} rows={2} maxLength={1000} error={errors.risks?.message} {...form.register("risks")} />
      <TextareaField id="follow-measures" label={t("mediation.followUps.measures")} rows={2} maxLength={1000} error={errors.measures?.message} {...form.register("measures")} />
      <Button type="submit" pending={isSubmitting}>
        {t("mediation.followUps.save")}
      </Button>
    </form>
  );
}
