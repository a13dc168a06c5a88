"use client";
// 添加/编辑班次 (admin): times, the staff (normally two), notes. Fewer than two people or one person
// on overlapping shifts is saved and then shown as a warning on the roster, not refused.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { CheckboxField } from "@/app/_components/checkbox-field";
import { FieldError, FieldHint, FieldLabel } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { TextField } from "@/app/_components/text-field";
import { shiftSchema } from "@/lib/hotline/schemas";
import { t } from "@/lib/i18n/messages";
import type { z } from "@/lib/zod";
import { createShiftAction, deleteShiftAction, updateShiftAction } from "../actions";
import { isoToLocalInput, localInputToIso } from "./local-time";

type Values = z.input<typeof shiftSchema>;
const FIELDS = ["startAt", "endAt", "staffIds", "notes"] as const;

interface Props {
  shiftId?: number;
  defaults: { startAt: string; endAt: string; staffIds: number[]; notes: string };
  staff: readonly { id: number; name: string }[];
  onDone: () => void;
}

export function ShiftForm({ shiftId, defaults, staff, onDone }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(shiftSchema, undefined, { raw: true }), defaultValues: defaults });
  const { errors, isSubmitting } = form.formState;
  const formId = shiftId ? `shift-${shiftId}` : "shift-new";

  const submit = async (values: Values) => {
    setMessage(null);
    const r = shiftId ? await updateShiftAction({ ...values, id: shiftId }) : await createShiftAction(values);
    if (r.ok) {
      onDone();
      router.refresh();
    } else setMessage(applyActionErrors(r, form.setError, FIELDS));
  };
  const remove = async () => {
    if (!shiftId) return;
    setMessage(null);
    const r = await deleteShiftAction({ id: shiftId });
    if (r.ok) {
      onDone();
      router.refresh();
    } else setMessage(r.message);
  };

  const time = (name: "startAt" | "endAt", text: string) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <TextField
          id={`${formId}-${name}`}
          label={text}
          type="datetime-local"
          name={name}
          required
          value={isoToLocalInput(field.value)}
          onChange={(e) => field.onChange(localInputToIso(e.target.value) ?? "")}
          onBlur={field.onBlur}
          error={errors[name]?.message}
        />
      )}
    />
  );

  return (
    <form onSubmit={(e) => form.handleSubmit(submit)(e)} noValidate aria-label={shiftId ? t("hotline.roster.editShift") : t("hotline.roster.addShift")} className="space-y-4">
      <FormMessage>{message}</FormMessage>
      <div className="grid gap-4 sm:grid-cols-2">
        {time("startAt", t("hotline.roster.start"))}
        {time("endAt", t("hotline.roster.end"))}
      </div>
      <Controller
        control={form.control}
        name="staffIds"
        render={({ field }) => (
          <fieldset aria-describedby={`${formId}-staff-hint`}>
            <FieldLabel as="legend">{t("hotline.roster.staff")}</FieldLabel>
            <FieldHint id={`${formId}-staff`}>{t("hotline.roster.staffHint")}</FieldHint>
            <div className="grid gap-x-4 sm:grid-cols-2">
              {staff.map((p) => (
                <CheckboxField
                  key={p.id}
                  id={`${formId}-staff-${p.id}`}
                  name="staffIds"
                  label={p.name}
                  checked={field.value.includes(p.id)}
                  onChange={(e) => field.onChange(e.target.checked ? [...field.value, p.id] : field.value.filter((x) => x !== p.id))}
                />
              ))}
            </div>
            <FieldError id={`${formId}-staff`}>{errors.staffIds?.message ?? errors.staffIds?.root?.message}</FieldError>
          </fieldset>
        )}
      />
      <TextField id={`${formId}-notes`} label={t("hotline.roster.notes")} maxLength={500} error={errors.notes?.message} {...form.register("notes")} />
      <div className="flex flex-wrap justify-between gap-2">
        <Button type="submit" icon="check" pending={isSubmitting}>
          {t("hotline.roster.save")}
        </Button>
        {shiftId ? (
          <Button variant="danger" onClick={() => void remove()}>
            {t("hotline.roster.deleteShift")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
