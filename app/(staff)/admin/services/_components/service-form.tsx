"use client";
// A service: name, description, duration, the rooms that fit (in order of preference), the
// specialty a counsellor must have, and whether residents can order it now.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { CheckboxField } from "@/app/_components/checkbox-field";
import { CheckboxGroup } from "@/app/_components/checkbox-group";
import { FormMessage, type FormMessageTone } from "@/app/_components/form-message";
import { SelectField } from "@/app/_components/select-field";
import { TextareaField } from "@/app/_components/textarea-field";
import { TextField } from "@/app/_components/text-field";
import { serviceSchema, type ServiceValues } from "@/lib/appointments/schemas";
import { t } from "@/lib/i18n/messages";
import { createServiceAction, updateServiceAction } from "../actions";

const FIELDS = ["name", "description", "durationMinutes", "roomIds", "requiredSpecialty", "active"] as const;

interface FormValues {
  name: string;
  description: string;
  durationMinutes: string;
  roomIds: string[];
  requiredSpecialty: string;
  active: boolean;
}

export function ServiceForm({ id, initial, rooms, specialties }: { id?: number; initial?: ServiceValues; rooms: { id: number; name: string }[]; specialties: string[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: FormMessageTone; text: string } | null>(null);
  const form = useForm<FormValues>({
    defaultValues: {
      name: initial?.name ?? "",
      description: initial?.description ?? "",
      durationMinutes: String(initial?.durationMinutes ?? 50),
      roomIds: (initial?.roomIds ?? []).map(String),
      requiredSpecialty: initial?.requiredSpecialty ?? "",
      active: initial?.active ?? true,
    },
  });
  const { errors, isSubmitting } = form.formState;
  const key = id ? `service-${id}` : "service-new";

  const onSubmit = form.handleSubmit(async (v) => {
    setMessage(null);
    const values: ServiceValues = {
      name: v.name,
      description: v.description,
      durationMinutes: Number(v.durationMinutes),
      roomIds: v.roomIds.map(Number),
      requiredSpecialty: v.requiredSpecialty || null,
      active: v.active,
    };
    // The same schema the server uses, checked here first so errors land on their fields.
    const parsed = serviceSchema.safeParse(values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = FIELDS.find((f) => f === issue.path[0]);
        if (field) form.setError(field, { message: issue.message });
      }
      return;
    }
    const result = id ? await updateServiceAction({ ...values, id }) : await createServiceAction(values);
    if (result.ok) {
      setMessage({ tone: "success", text: t("services.saved") });
      if (!id) form.reset();
      router.refresh();
    } else setMessage({ tone: "error", text: applyActionErrors(result, form.setError, FIELDS) });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={id ? t("services.editAria", { name: initial?.name ?? "" }) : t("services.new")} className="space-y-4">
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      <div className="grid gap-4 sm:grid-cols-[1fr_10rem]">
        <TextField id={`${key}-name`} label={t("services.name")} required maxLength={30} error={errors.name?.message} {...form.register("name")} />
        <TextField id={`${key}-duration`} label={t("services.duration")} required inputMode="numeric" error={errors.durationMinutes?.message} {...form.register("durationMinutes")} />
      </div>
      <TextareaField id={`${key}-description`} label={t("services.description")} maxLength={300} rows={2} error={errors.description?.message} {...form.register("description")} />
      <CheckboxGroup legend={t("services.rooms")} hint={t("services.roomsHint")} name={`${key}-rooms`} options={rooms.map((r) => ({ value: String(r.id), label: r.name }))} registration={form.register("roomIds")} error={errors.roomIds?.message} columns={3} />
      <SelectField id={`${key}-specialty`} label={t("services.requiredSpecialty")} options={specialties.map((s) => ({ value: s, label: s }))} allLabel={t("services.anyCounselor")} error={errors.requiredSpecialty?.message} wrapperClassName="max-w-xs" {...form.register("requiredSpecialty")} />
      <CheckboxField id={`${key}-active`} label={t("services.active")} {...form.register("active")} />
      <Button type="submit" icon="check" pending={isSubmitting}>
        {id ? t("ui.save") : t("services.create")}
      </Button>
    </form>
  );
}
