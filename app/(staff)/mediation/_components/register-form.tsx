"use client";
// 登记调解案件: case facts, risk colour and any number of applicants and respondents, each typed in
// or linked to the register (一人一档). The action goes on to the new case's page.
import { useState } from "react";
import { useFieldArray, useForm, useWatch, type FieldPath } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/app/_components/button";
import { FormMessage } from "@/app/_components/form-message";
import { SelectField } from "@/app/_components/select-field";
import { TextField } from "@/app/_components/text-field";
import { TextareaField } from "@/app/_components/textarea-field";
import { MEDIATION_DISPUTE_TYPES, MEDIATION_PARTY_ROLES, MEDIATION_RISK_COLORS, MEDIATION_SOURCES } from "@/db/schema/codes";
import { label, t } from "@/lib/i18n/messages";
import { MAX_PARTIES, registerCaseSchema, type RegisterCaseFormValues } from "@/lib/mediation/schemas";
import { registerCaseAction } from "../actions";
import { ResidentLink } from "./resident-link";
import { useActionSubmit } from "./use-action-form";

const options = (group: string, codes: readonly string[]) => codes.map((c) => ({ value: c, label: label(group, c) }));
const GENDERS = [
  { value: "male", label: label("gender", "male") },
  { value: "female", label: label("gender", "female") },
];
const PARTY_FIELDS = ["role", "name", "gender", "ethnicity", "age", "occupation", "phone", "address", "residentId"] as const;

type Party = NonNullable<RegisterCaseFormValues["parties"]>[number];
const emptyParty = (role: "applicant" | "respondent"): Party => ({ role, name: "", gender: "", ethnicity: "汉族", age: undefined, occupation: "", phone: "", address: "", residentId: undefined });

export function RegisterCaseForm() {
  // One key per opened form: a double submit registers one case, not two.
  const [requestKey] = useState(() => crypto.randomUUID());
  const form = useForm<RegisterCaseFormValues>({
    resolver: zodResolver(registerCaseSchema, undefined, { raw: true }),
    defaultValues: {
      source: "application",
      disputeType: "neighbour",
      summary: "",
      requestedItems: "",
      riskColor: "green",
      riskReason: "",
      parties: [emptyParty("applicant"), emptyParty("respondent")],
      requestKey,
    },
  });
  const { errors, isSubmitting } = form.formState;
  const parties = useFieldArray({ control: form.control, name: "parties" });
  const linked = useWatch({ control: form.control, name: "parties" });
  const fields: FieldPath<RegisterCaseFormValues>[] = [
    "source",
    "disputeType",
    "summary",
    "requestedItems",
    "riskColor",
    "riskReason",
    "parties",
    ...parties.fields.flatMap((_, i) => PARTY_FIELDS.map((f) => `parties.${i}.${f}` as FieldPath<RegisterCaseFormValues>)),
  ];
  const { onSubmit, message } = useActionSubmit(form, fields, (v) => registerCaseAction(v));
  const partiesError = errors.parties?.message ?? errors.parties?.root?.message;

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("mediation.newTitle")} className="space-y-6">
      <FormMessage tone={message?.tone}>{message?.text}</FormMessage>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label={t("mediation.field.source")} required options={options("mediationSource", MEDIATION_SOURCES)} error={errors.source?.message} {...form.register("source")} />
        <SelectField label={t("mediation.field.disputeType")} required options={options("mediationDisputeType", MEDIATION_DISPUTE_TYPES)} error={errors.disputeType?.message} {...form.register("disputeType")} />
      </div>
      <TextareaField label={t("mediation.field.summary")} required rows={5} maxLength={2000} hint={t("mediation.field.summaryHint")} error={errors.summary?.message} {...form.register("summary")} />
      <TextareaField label={t("mediation.field.requestedItems")} rows={3} maxLength={1000} error={errors.requestedItems?.message} {...form.register("requestedItems")} />
      <div className="grid gap-4 sm:grid-cols-[14rem_1fr]">
        <SelectField label={t("mediation.field.riskColor")} required options={options("mediationRiskColor", MEDIATION_RISK_COLORS)} error={errors.riskColor?.message} {...form.register("riskColor")} />
        <TextField label={t("mediation.field.riskReason")} maxLength={200} hint={t("mediation.field.riskReasonHint")} error={errors.riskReason?.message} {...form.register("riskReason")} />
      </div>

      <section aria-labelledby="parties-heading" className="space-y-4">
        <h2 id="parties-heading" className="text-lg font-semibold">
          {t("mediation.field.parties")}
        </h2>
        {partiesError ? <FormMessage>{partiesError}</FormMessage> : null}
        {parties.fields.map((p, i) => {
          const e = errors.parties?.[i];
          const n = i + 1;
          const residentId = linked?.[i]?.residentId;
          return (
            <fieldset key={p.id} className="rounded-xl border border-stone-200 bg-white p-4">
              <legend className="px-1 font-medium">{t("mediation.partyN", { n })}</legend>
              <div className="grid gap-4 sm:grid-cols-3">
                <SelectField id={`party-${i}-role`} label={t("mediation.field.partyRole")} required options={options("mediationPartyRole", MEDIATION_PARTY_ROLES)} error={e?.role?.message} {...form.register(`parties.${i}.role`)} />
                <TextField id={`party-${i}-name`} label={t("mediation.field.partyName")} required maxLength={40} error={e?.name?.message} wrapperClassName="sm:col-span-2" {...form.register(`parties.${i}.name`)} />
                <SelectField id={`party-${i}-gender`} label={t("mediation.field.gender")} options={GENDERS} placeholder={t("mediation.genderUnknown")} error={e?.gender?.message} {...form.register(`parties.${i}.gender`)} />
                <TextField id={`party-${i}-ethnicity`} label={t("mediation.field.ethnicity")} maxLength={20} error={e?.ethnicity?.message} {...form.register(`parties.${i}.ethnicity`)} />
                <TextField
                  id={`party-${i}-age`}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={130}
                  label={t("mediation.field.age")}
                  error={e?.age?.message}
                  {...form.register(`parties.${i}.age`, { setValueAs: (v: string | number | undefined) => (v === "" || v === undefined || v === null ? undefined : Number(v)) })}
                />
                <TextField id={`party-${i}-occupation`} label={t("mediation.field.occupation")} maxLength={40} error={e?.occupation?.message} {...form.register(`parties.${i}.occupation`)} />
                <TextField id={`party-${i}-phone`} type="tel" label={t("mediation.field.phone")} error={e?.phone?.message} {...form.register(`parties.${i}.phone`)} />
                <TextField id={`party-${i}-address`} label={t("mediation.field.address")} maxLength={200} error={e?.address?.message} wrapperClassName="sm:col-span-2" {...form.register(`parties.${i}.address`)} />
              </div>
              <ResidentLink
                index={i}
                residentId={residentId ?? undefined}
                error={e?.residentId?.message}
                onLink={(r) => {
                  form.setValue(`parties.${i}.residentId`, r?.id);
                  if (r && !form.getValues(`parties.${i}.name`)) form.setValue(`parties.${i}.name`, r.name);
                }}
              />
              {parties.fields.length > 2 ? (
                <Button variant="ghost" size="sm" icon="close" className="mt-3" onClick={() => parties.remove(i)}>
                  {t("mediation.removeParty", { n })}
                </Button>
              ) : null}
            </fieldset>
          );
        })}
        {parties.fields.length < MAX_PARTIES ? (
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" icon="plus" onClick={() => parties.append(emptyParty("applicant"))}>
              {t("mediation.addApplicant")}
            </Button>
            <Button variant="secondary" icon="plus" onClick={() => parties.append(emptyParty("respondent"))}>
              {t("mediation.addRespondent")}
            </Button>
          </div>
        ) : null}
      </section>

      <Button type="submit" size="lg" icon="check" pending={isSubmitting}>
        {t("mediation.register")}
      </Button>
    </form>
  );
}
