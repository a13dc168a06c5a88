"use client";
// A counsellor's profile as residents see it: kind, title, qualifications, specialties, bio, and
// whether they take appointments now. Specialties are ticked from the known ones plus new ones.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { CheckboxField } from "@/app/_components/checkbox-field";
import { CheckboxGroup } from "@/app/_components/checkbox-group";
import { FormMessage, type FormMessageTone } from "@/app/_components/form-message";
import { SelectField } from "@/app/_components/select-field";
import { TextareaField } from "@/app/_components/textarea-field";
import { TextField } from "@/app/_components/text-field";
import { COUNSELOR_KINDS } from "@/db/schema/codes";
import { updateCounselorProfileSchema, type UpdateCounselorProfileValues } from "@/lib/counselors/schemas";
import { label, t } from "@/lib/i18n/messages";
import { updateProfileAction } from "../actions";

const FIELDS = ["title", "counselorKind", "qualifications", "specialties", "bio", "accepting"] as const;

export function ProfileForm({ counselorId, initial, known }: { counselorId: number; initial: UpdateCounselorProfileValues; known: string[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: FormMessageTone; text: string } | null>(null);
  const [extra, setExtra] = useState("");
  const form = useForm<UpdateCounselorProfileValues>({ resolver: zodResolver(updateCounselorProfileSchema, undefined, { raw: true }), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;
  const options = [...new Set([...known, ...(initial.specialties ?? [])])].map((s) => ({ value: s, label: s }));

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const added = extra
      .split(/[、，,\s]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    const result = await updateProfileAction({ ...values, specialties: [...(values.specialties ?? []), ...added], counselorId });
    if (result.ok) {
      setExtra("");
      setMessage({ tone: "success", text: t("counselors.saved") });
      router.refresh();
    } else setMessage({ tone: "error", text: applyActionErrors(result, form.setError, FIELDS) });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("counselors.editTitle")} className="space-y-4">
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label={t("counselors.kind")} options={COUNSELOR_KINDS.map((k) => ({ value: k, label: label("counselorKind", k) }))} error={errors.counselorKind?.message} {...form.register("counselorKind")} />
        <TextField label={t("counselors.titleField")} maxLength={30} error={errors.title?.message} {...form.register("title")} />
      </div>
      <TextField label={t("counselors.qualifications")} maxLength={200} error={errors.qualifications?.message} {...form.register("qualifications")} />
      <CheckboxGroup legend={t("counselors.specialties")} name="specialties" options={options} registration={form.register("specialties")} error={errors.specialties?.message} columns={3} />
      <TextField name="extraSpecialties" label={t("counselors.extraSpecialties")} hint={t("counselors.extraSpecialtiesHint")} value={extra} onChange={(e) => setExtra(e.target.value)} maxLength={60} />
      <TextareaField label={t("counselors.bio")} maxLength={500} rows={4} error={errors.bio?.message} {...form.register("bio")} />
      <CheckboxField label={t("counselors.accepting")} hint={t("counselors.acceptingHint")} error={errors.accepting?.message} {...form.register("accepting")} />
      <Button type="submit" icon="check" pending={isSubmitting}>
        {t("ui.save")}
      </Button>
    </form>
  );
}
