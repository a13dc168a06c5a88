"use client";
// 调解协议: facts and responsibilities, the terms, how and by when they are performed, the signing
// date; an oral agreement is recorded as such.
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/app/_components/button";
import { CheckboxField } from "@/app/_components/checkbox-field";
import { FormMessage } from "@/app/_components/form-message";
import { TextField } from "@/app/_components/text-field";
import { TextareaField } from "@/app/_components/textarea-field";
import { t } from "@/lib/i18n/messages";
import { saveAgreementSchema, type SaveAgreementFormValues } from "@/lib/mediation/schemas";
import { saveAgreementAction } from "../actions";
import { useActionSubmit } from "./use-action-form";

export function AgreementForm({ caseId, current, today }: { caseId: number; current: SaveAgreementFormValues | null; today: string }) {
  const form = useForm<SaveAgreementFormValues>({
    resolver: zodResolver(saveAgreementSchema, undefined, { raw: true }),
    defaultValues: current ?? { oral: false, facts: "", content: "", performanceMethod: "", performanceDeadlineOn: "", signedOn: today },
  });
  const { onSubmit, message } = useActionSubmit(form, ["oral", "facts", "content", "performanceMethod", "performanceDeadlineOn", "signedOn"], (data) => saveAgreementAction({ caseId, data }), {
    success: t("mediation.agreement.saved"),
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={current ? t("mediation.agreement.editExisting") : t("mediation.agreement.edit")} className="space-y-4">
      <FormMessage tone={message?.tone}>{message?.text}</FormMessage>
      <CheckboxField id="agreement-oral" label={t("mediation.agreement.oral")} hint={t("mediation.agreement.oralHint")} error={errors.oral?.message} {...form.register("oral")} />
      <TextareaField id="agreement-facts" label={t("mediation.agreement.facts")} required rows={4} maxLength={4000} error={errors.facts?.message} {...form.register("facts")} />
      <TextareaField id="agreement-content" label={t("mediation.agreement.content")} required rows={5} maxLength={4000} error={errors.content?.message} {...form.register("content")} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField id="agreement-method" label={t("mediation.agreement.method")} maxLength={500} error={errors.performanceMethod?.message} {...form.register("performanceMethod")} />
        <TextField id="agreement-deadline" type="date" label={t("mediation.agreement.deadline")} error={errors.performanceDeadlineOn?.message} {...form.register("performanceDeadlineOn")} />
        <TextField id="agreement-signed" type="date" label={t("mediation.agreement.signedOn")} required error={errors.signedOn?.message} {...form.register("signedOn")} />
      </div>
      <Button type="submit" pending={isSubmitting}>
        {t("mediation.agreement.save")}
      </Button>
    </form>
  );
}
