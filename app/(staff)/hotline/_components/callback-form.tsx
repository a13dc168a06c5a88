"use client";
// 记录回访结果 on a call's page: done closes the call-back, no answer keeps it due, rescheduled
// asks for the new time.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Controller, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { FormMessage, type FormMessageTone } from "@/app/_components/form-message";
import { TextField } from "@/app/_components/text-field";
import { TextareaField } from "@/app/_components/textarea-field";
import { CALLBACK_OUTCOMES } from "@/db/schema/codes";
import { recordCallbackSchema } from "@/lib/hotline/schemas";
import { label, t } from "@/lib/i18n/messages";
import type { z } from "@/lib/zod";
import { recordCallbackAction } from "../actions";
import { ChoiceGroup } from "./choice-group";
import { isoToLocalInput, localInputToIso } from "./local-time";

type Values = z.input<typeof recordCallbackSchema>;
const FIELDS = ["outcome", "note", "rescheduledTo"] as const;

export function CallbackForm({ callId }: { callId: number }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: FormMessageTone; text: string } | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(recordCallbackSchema, undefined, { raw: true }), defaultValues: { note: "", rescheduledTo: null } });
  const { errors, isSubmitting } = form.formState;
  const outcome = useWatch({ control: form.control, name: "outcome" });

  const submit = async (values: Values) => {
    setMessage(null);
    const r = await recordCallbackAction({ ...values, rescheduledTo: values.outcome === "rescheduled" ? values.rescheduledTo : null, id: callId });
    if (r.ok) {
      form.reset({ note: "", rescheduledTo: null });
      // A call-back marked done closes the form: the confirmation is on the page, which survives that.
      router.replace(`/hotline/calls/${callId}?callback=1`, { scroll: false });
    } else setMessage({ tone: "error", text: applyActionErrors(r, form.setError, FIELDS) });
  };

  return (
    <form onSubmit={(e) => form.handleSubmit(submit)(e)} noValidate aria-label={t("hotline.callback.record")} className="space-y-4">
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      <ChoiceGroup
        type="radio"
        name="outcome"
        legend={t("hotline.callback.outcome")}
        required
        choices={CALLBACK_OUTCOMES.map((o) => ({ value: o, label: label("callbackOutcome", o) }))}
        registration={form.register("outcome")}
        error={errors.outcome?.message}
      />
      {outcome === "rescheduled" ? (
        <Controller
          control={form.control}
          name="rescheduledTo"
          render={({ field }) => (
            <TextField
              label={t("hotline.callback.rescheduledTo")}
              type="datetime-local"
              name="rescheduledTo"
              required
              value={isoToLocalInput(field.value)}
              onChange={(e) => field.onChange(localInputToIso(e.target.value))}
              onBlur={field.onBlur}
              error={errors.rescheduledTo?.message}
              wrapperClassName="max-w-xs"
            />
          )}
        />
      ) : null}
      <TextareaField label={t("hotline.callback.note")} rows={2} maxLength={1000} error={errors.note?.message} {...form.register("note")} />
      <Button type="submit" icon="check" pending={isSubmitting}>
        {t("hotline.callback.record")}
      </Button>
    </form>
  );
}
