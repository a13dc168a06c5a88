"use client";
// The last step of booking on a resident's behalf (walk-in, phone): for a registered resident or a
// new person, either the chosen slot (held for the counsellor to confirm) or 订单式 needs.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { CheckboxGroup } from "@/app/_components/checkbox-group";
import { FormMessage } from "@/app/_components/form-message";
import { SelectField } from "@/app/_components/select-field";
import { TextareaField } from "@/app/_components/textarea-field";
import { TextField } from "@/app/_components/text-field";
import { PREFERRED_TIME_CHOICES } from "@/app/(resident)/me/appointments/_components/order-request-form";
import { requestAppointmentSchema, type RequestAppointmentValues } from "@/lib/appointments/schemas";
import { label, t } from "@/lib/i18n/messages";
import { requestForResidentAction } from "../actions";

const FIELDS = ["note", "preferredTimes", "urgency", "startAt", "counselorId", "residentId", "person.name", "person.gender", "person.phone", "person.birthYear"] as const;

interface Props {
  serviceId: number;
  residentId?: number;
  newPerson: boolean;
  slot?: { counselorId: number; startAt: string };
}

export function StaffBookingForm({ serviceId, residentId, newPerson, slot }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [requestKey] = useState(() => crypto.randomUUID());
  const form = useForm<RequestAppointmentValues>({
    resolver: zodResolver(requestAppointmentSchema, undefined, { raw: true }),
    defaultValues: {
      serviceId,
      residentId,
      person: newPerson ? { name: "", gender: "female" } : undefined,
      counselorId: slot?.counselorId,
      startAt: slot?.startAt,
      note: "",
      preferredTimes: slot ? undefined : [],
      urgency: "normal",
      requestKey,
    },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await requestForResidentAction({ ...values, note: values.note || undefined });
    if (result.ok) {
      router.push(`/appointments/${result.data.id}`);
      return;
    }
    setMessage(applyActionErrors(result, form.setError, FIELDS));
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("appointments.staffBook.submit")} className="space-y-5">
      <FormMessage>{message}</FormMessage>
      {errors.residentId?.message ? <FormMessage>{errors.residentId.message}</FormMessage> : null}
      {newPerson ? (
        <fieldset className="space-y-4 rounded-xl border border-stone-200 p-4">
          <legend className="px-1 font-medium">{t("appointments.staffBook.newPerson")}</legend>
          <TextField label={t("appointments.staffBook.personName")} required maxLength={30} error={errors.person?.name?.message} {...form.register("person.name")} />
          <SelectField
            label={t("appointments.staffBook.personGender")}
            required
            options={(["female", "male"] as const).map((g) => ({ value: g, label: label("gender", g) }))}
            error={errors.person?.gender?.message}
            {...form.register("person.gender")}
          />
          <TextField label={t("appointments.staffBook.personPhone")} type="tel" maxLength={20} error={errors.person?.phone?.message} {...form.register("person.phone", { setValueAs: (v: string) => v || undefined })} />
          <TextField
            label={t("appointments.staffBook.personBirthYear")}
            inputMode="numeric"
            maxLength={4}
            error={errors.person?.birthYear?.message}
            {...form.register("person.birthYear", { setValueAs: (v: string) => (v === "" || v === undefined ? undefined : Number(v)) })}
          />
        </fieldset>
      ) : null}
      <TextareaField
        label={slot ? t("appointments.book.noteLabel") : t("appointments.book.needLabel")}
        required={!slot}
        maxLength={1000}
        rows={4}
        error={errors.note?.message}
        {...form.register("note")}
      />
      {slot ? (
        errors.startAt?.message ? <FormMessage>{errors.startAt.message}</FormMessage> : null
      ) : (
        <>
          <CheckboxGroup
            legend={t("appointments.book.preferredLabel")}
            name="preferredTimes"
            options={PREFERRED_TIME_CHOICES.map((v) => ({ value: v, label: v }))}
            registration={form.register("preferredTimes")}
            error={errors.preferredTimes?.message}
          />
          <SelectField
            label={t("appointments.book.urgencyLabel")}
            options={(["normal", "soon", "urgent"] as const).map((u) => ({ value: u, label: label("appointmentUrgency", u) }))}
            error={errors.urgency?.message}
            wrapperClassName="max-w-xs"
            {...form.register("urgency")}
          />
        </>
      )}
      <Button type="submit" icon="check" pending={isSubmitting}>
        {slot ? t("appointments.staffBook.submitSlot") : t("appointments.staffBook.submitOrder")}
      </Button>
    </form>
  );
}
