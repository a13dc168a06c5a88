"use client";
// The record part of a mediation meeting, shared by the new-meeting form and the fill-in form.
import type { FieldErrors, UseFormReturn } from "react-hook-form";
import { TextareaField } from "@/app/_components/textarea-field";
import { label, t } from "@/lib/i18n/messages";
import type { UpdateSessionFormValues } from "@/lib/mediation/schemas";

export interface PartyOption {
  id: number;
  name: string;
  role: "applicant" | "respondent";
}

// Both forms hold these fields under the same names.
type WithRecord = Pick<UpdateSessionFormValues, "participants" | "statements" | "facts" | "outcome">;

export function SessionRecordFields<T extends WithRecord>({ form, parties, idPrefix }: { form: UseFormReturn<T>; parties: PartyOption[]; idPrefix: string }) {
  const f = form as unknown as UseFormReturn<WithRecord>;
  const errors = f.formState.errors as FieldErrors<WithRecord>;
  return (
    <>
      <TextareaField id={`${idPrefix}-participants`} label={t("mediation.sessions.participants")} required rows={2} maxLength={500} error={errors.participants?.message} {...f.register("participants")} />
      <fieldset className="space-y-3">
        <legend className="mb-1 font-medium text-stone-900">{t("mediation.sessions.statements")}</legend>
        {parties.map((p, i) => (
          <TextareaField
            key={p.id}
            id={`${idPrefix}-statement-${p.id}`}
            label={t("mediation.sessions.statementOf", { role: label("mediationPartyRole", p.role), name: p.name })}
            rows={3}
            maxLength={4000}
            error={errors.statements?.[i]?.text?.message}
            {...f.register(`statements.${i}.text`)}
          />
        ))}
        {errors.statements?.message ? <p className="text-sm text-red-700">{errors.statements.message}</p> : null}
      </fieldset>
      <TextareaField id={`${idPrefix}-facts`} label={t("mediation.sessions.facts")} rows={3} maxLength={4000} error={errors.facts?.message} {...f.register("facts")} />
      <TextareaField id={`${idPrefix}-outcome`} label={t("mediation.sessions.outcome")} rows={3} maxLength={2000} error={errors.outcome?.message} {...f.register("outcome")} />
    </>
  );
}
