"use client";
// 走访周期设置 (admin): days between visits per colour; every due date is recomputed on save.
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { FormMessage } from "@/app/_components/form-message";
import { TextField } from "@/app/_components/text-field";
import { cadenceSchema } from "@/lib/care/schemas";
import { t } from "@/lib/i18n/messages";
import type { z } from "@/lib/zod";
import { updateCadenceAction } from "../actions";

type Values = z.input<typeof cadenceSchema>;
const num = { setValueAs: (v: unknown) => (v === "" ? Number.NaN : Number(v)) };

export function CadenceForm({ initial }: { initial: Values }) {
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(cadenceSchema, undefined, { raw: true }), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const r = await updateCadenceAction(values);
    if (r.ok) setMessage({ tone: "success", text: t("care.settingsSaved", { count: r.data.recomputed }) });
    else setMessage({ tone: "error", text: applyActionErrors(r, form.setError, ["red", "yellow", "green"]) });
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("care.settingsTitle")} className="space-y-5">
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField label={t("care.cadenceRed")} type="number" inputMode="numeric" min={1} max={365} required error={errors.red?.message} {...form.register("red", num)} />
        <TextField label={t("care.cadenceYellow")} type="number" inputMode="numeric" min={1} max={365} required error={errors.yellow?.message} {...form.register("yellow", num)} />
        <TextField label={t("care.cadenceGreen")} type="number" inputMode="numeric" min={1} max={365} required error={errors.green?.message} {...form.register("green", num)} />
      </div>
      <Button type="submit" pending={isSubmitting}>
        {t("ui.save")}
      </Button>
    </form>
  );
}
