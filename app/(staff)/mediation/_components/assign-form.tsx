"use client";
// 调整办案人员: one lead, any assisting mediators, and the counsellor who gives psychological support.
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/app/_components/button";
import { FormMessage } from "@/app/_components/form-message";
import { SelectField } from "@/app/_components/select-field";
import { t } from "@/lib/i18n/messages";
import { assignTeamSchema } from "@/lib/mediation/schemas";
import type { z } from "@/lib/zod";
import { assignTeamAction } from "../actions";
import { useActionSubmit } from "./use-action-form";

type Values = z.input<typeof assignTeamSchema>;
interface Person {
  id: number;
  name: string;
}

export function AssignForm({ caseId, mediators, counselors, current }: { caseId: number; mediators: Person[]; counselors: Person[]; current: { leadId: number | null; assistantIds: number[]; counselorId: number | null } }) {
  const form = useForm<Values>({
    resolver: zodResolver(assignTeamSchema, undefined, { raw: true }),
    defaultValues: { mediatorIds: current.leadId ? [current.leadId, ...current.assistantIds] : [], counselorId: current.counselorId },
  });
  const ids = useWatch({ control: form.control, name: "mediatorIds" }) ?? [];
  const [lead, ...assistants] = ids;
  const { onSubmit, message } = useActionSubmit(form, ["mediatorIds", "counselorId"], (data) => assignTeamAction({ caseId, data }), { success: t("mediation.team.saved") });
  const { errors, isSubmitting } = form.formState;
  const setIds = (next: number[]) => form.setValue("mediatorIds", next, { shouldDirty: true });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("mediation.team.assign")} className="space-y-4">
      <FormMessage tone={message?.tone}>{message?.text}</FormMessage>
      <SelectField
        id="assign-lead"
        name="lead"
        label={t("mediation.team.lead")}
        required
        placeholder=""
        options={mediators.map((m) => ({ value: String(m.id), label: m.name }))}
        value={lead ? String(lead) : ""}
        onChange={(e) => {
          const id = Number(e.target.value);
          setIds([id, ...assistants.filter((a) => a !== id)]);
        }}
        error={errors.mediatorIds?.message ?? errors.mediatorIds?.root?.message}
      />
      <fieldset>
        <legend className="mb-1.5 font-medium text-stone-900">{t("mediation.team.assistants")}</legend>
        <div className="grid gap-x-4 sm:grid-cols-2">
          {mediators
            .filter((m) => m.id !== lead)
            .map((m) => (
              <label key={m.id} htmlFor={`assist-${m.id}`} className="flex min-h-11 cursor-pointer items-center gap-3 py-1">
                <input
                  id={`assist-${m.id}`}
                  type="checkbox"
                  className="size-5 shrink-0 accent-teal-700"
                  checked={assistants.includes(m.id)}
                  onChange={(e) => setIds(lead ? [lead, ...(e.target.checked ? [...assistants, m.id] : assistants.filter((a) => a !== m.id))] : ids)}
                />
                <span>{m.name}</span>
              </label>
            ))}
        </div>
      </fieldset>
      <SelectField
        id="assign-counselor"
        label={t("mediation.team.counselor")}
        options={counselors.map((c) => ({ value: String(c.id), label: c.name }))}
        placeholder={t("mediation.team.noCounselor")}
        error={errors.counselorId?.message}
        {...form.register("counselorId", { setValueAs: (v: string | number | null) => (v === "" || v === null ? null : Number(v)) })}
      />
      <Button type="submit" pending={isSubmitting}>
        {t("mediation.team.save")}
      </Button>
    </form>
  );
}
