"use client";
// 记录集体活动: one activity, one "集体活动" visit for each person ticked. A key made when the form
// opens makes a repeated submit record it once.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Controller, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { FormMessage } from "@/app/_components/form-message";
import { RiskColorBadge } from "@/app/_components/risk-color-badge";
import { TextField } from "@/app/_components/text-field";
import { TextareaField } from "@/app/_components/textarea-field";
import type { CareGroup, LeftBehindKind, RiskColor } from "@/db/schema/codes";
import { MAX_OBSERVATION, recordActivitySchema, type RecordActivityValues } from "@/lib/care/schemas";
import { t } from "@/lib/i18n/messages";
import { recordActivityAction } from "../actions";
import { groupName } from "./care-tags";
import { errorAt } from "./form-errors";
import { IdCheckboxes } from "./id-checkboxes";
import { isoToLocalInput, localInputToIso, newClientKey } from "./local-time";

interface Candidate {
  id: number;
  name: string;
  riskColor: RiskColor;
  groups: { group: CareGroup; leftBehindKind: LeftBehindKind | null }[];
}

type Values = RecordActivityValues;

export function ActivityForm({ candidates, defaultHeldAt }: { candidates: Candidate[]; defaultHeldAt: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  // One key per open form: a repeated submit records the activity once.
  const [clientKey] = useState(newClientKey);
  const form = useForm<Values>({
    resolver: zodResolver(recordActivitySchema, undefined, { raw: true }),
    defaultValues: { title: "", heldAt: defaultHeldAt, location: "", summary: "", participants: [] },
  });
  const { errors, isSubmitting } = form.formState;
  const participants = useWatch({ control: form.control, name: "participants" }) ?? [];
  const err = (path: string) => errorAt(errors, path);

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const r = await recordActivityAction({ ...values, clientKey });
    if (r.ok) router.push(`/care?activity=${r.data.count}`);
    else setMessage(applyActionErrors(r, form.setError, ["title", "heldAt", "location", "summary", "participants"]));
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("care.activityTitle")} className="space-y-5">
      <FormMessage>{message}</FormMessage>
      <TextField label={t("care.activityName")} required maxLength={100} error={err("title")} {...form.register("title")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Controller
          control={form.control}
          name="heldAt"
          render={({ field }) => (
            <TextField
              label={t("care.heldAt")}
              type="datetime-local"
              name="heldAt"
              required
              value={isoToLocalInput(field.value)}
              onChange={(e) => {
                const iso = localInputToIso(e.target.value);
                if (iso) field.onChange(iso);
              }}
              onBlur={field.onBlur}
              error={err("heldAt")}
            />
          )}
        />
        <TextField label={t("care.location")} maxLength={100} error={err("location")} {...form.register("location")} />
      </div>
      <TextareaField label={t("care.summary")} rows={3} maxLength={MAX_OBSERVATION} error={err("summary")} {...form.register("summary")} />
      {candidates.length === 0 ? (
        <p className="text-stone-600">{t("care.participantsEmpty")}</p>
      ) : (
        <IdCheckboxes
          legend={t("care.participants")}
          name="participants"
          required
          hint={t("care.participantsHint")}
          options={candidates.map((c) => ({
            id: c.id,
            label: (
              <span className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{c.name}</span>
                <RiskColorBadge color={c.riskColor} />
                <span className="text-sm text-stone-600">{c.groups.map(groupName).join("、")}</span>
              </span>
            ),
          }))}
          value={participants.map((p) => p.personId)}
          onChange={(ids) => form.setValue("participants", ids.map((personId) => ({ personId })), { shouldValidate: form.formState.isSubmitted })}
          error={err("participants")}
        />
      )}
      <Button type="submit" size="lg" icon="check" pending={isSubmitting}>
        {t("care.saveActivity")}
      </Button>
    </form>
  );
}
