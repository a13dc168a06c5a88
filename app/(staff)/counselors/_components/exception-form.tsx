"use client";
// Leave or extra hours on one date. Leave does not cancel booked sessions: their number is shown
// so the counsellor can move them.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { FormMessage, type FormMessageTone } from "@/app/_components/form-message";
import { SelectField } from "@/app/_components/select-field";
import { TextField } from "@/app/_components/text-field";
import { EXCEPTION_KINDS } from "@/db/schema/codes";
import { availabilityExceptionSchema, type AvailabilityExceptionValues } from "@/lib/counselors/schemas";
import { label, t } from "@/lib/i18n/messages";
import { addExceptionAction, removeExceptionAction } from "../actions";

const FIELDS = ["date", "kind", "startMinute", "endMinute", "note"] as const;

export function ExceptionForm({ counselorId, today }: { counselorId: number; today: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: FormMessageTone; text: string } | null>(null);
  const form = useForm<AvailabilityExceptionValues>({
    resolver: zodResolver(availabilityExceptionSchema, undefined, { raw: true }),
    defaultValues: { date: today, kind: "leave", startMinute: "00:00", endMinute: "24:00", note: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await addExceptionAction({ ...values, note: values.note || undefined, counselorId });
    if (result.ok) {
      const n = result.data.affectedAppointmentIds.length;
      setMessage({ tone: n ? "warning" : "success", text: n ? t("counselors.availability.leaveAffects", { n }) : t("counselors.availability.exceptionAdded") });
      router.refresh();
    } else setMessage({ tone: "error", text: applyActionErrors(result, form.setError, FIELDS) });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("counselors.availability.exceptionTitle")} className="space-y-4">
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      <div className="flex flex-wrap items-end gap-3">
        <TextField type="date" label={t("counselors.availability.date")} required error={errors.date?.message} wrapperClassName="w-44" {...form.register("date")} />
        <SelectField label={t("counselors.availability.kind")} options={EXCEPTION_KINDS.map((k) => ({ value: k, label: label("exceptionKind", k) }))} error={errors.kind?.message} wrapperClassName="w-28" {...form.register("kind")} />
        <TextField type="text" inputMode="numeric" placeholder="09:00" label={t("counselors.availability.from")} hint={t("counselors.availability.timeHint")} error={errors.startMinute?.message} wrapperClassName="w-36" {...form.register("startMinute")} />
        <TextField type="text" inputMode="numeric" placeholder="17:00" label={t("counselors.availability.to")} error={errors.endMinute?.message} wrapperClassName="w-36" {...form.register("endMinute")} />
        <TextField label={t("counselors.availability.note")} maxLength={100} error={errors.note?.message} wrapperClassName="min-w-48 flex-1" {...form.register("note")} />
      </div>
      <Button type="submit" icon="plus" pending={isSubmitting}>
        {t("counselors.availability.addException")}
      </Button>
    </form>
  );
}

export function RemoveExceptionButton({ counselorId, exceptionId, label: aria }: { counselorId: number; exceptionId: number; label: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col gap-1">
      <Button
        variant="ghost"
        size="sm"
        pending={pending}
        aria-label={aria}
        onClick={async () => {
          setPending(true);
          const result = await removeExceptionAction({ counselorId, exceptionId });
          setPending(false);
          if (result.ok) router.refresh();
          else setMessage(result.message);
        }}
      >
        {t("counselors.availability.remove")}
      </Button>
      {message ? <span role="alert" className="text-sm text-red-700">{message}</span> : null}
    </span>
  );
}
