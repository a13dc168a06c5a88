"use client";
// 调整颜色: a new grade with its reason (kept in the history); the due date follows at once.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { Dialog } from "@/app/_components/dialog";
import { FormMessage } from "@/app/_components/form-message";
import { TextareaField } from "@/app/_components/textarea-field";
import { RISK_COLORS, type RiskColor } from "@/db/schema/codes";
import { changeRiskColorSchema } from "@/lib/care/schemas";
import { label, t } from "@/lib/i18n/messages";
import type { z } from "@/lib/zod";
import { changeRiskColorAction } from "../actions";
import { ToggleGroup } from "./toggle-group";

type Values = z.input<typeof changeRiskColorSchema>;

function Form({ personId, current, close }: { personId: number; current: RiskColor; close: () => void }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(changeRiskColorSchema, undefined, { raw: true }), defaultValues: { riskColor: current, reason: "" } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (input) => {
    setMessage(null);
    const r = await changeRiskColorAction({ personId, input });
    if (r.ok) {
      close();
      router.refresh();
    } else setMessage(applyActionErrors(r, form.setError, ["riskColor", "reason"]));
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("care.changeColor")} className="space-y-4">
      <FormMessage>{message}</FormMessage>
      <ToggleGroup legend={t("care.newColor")} name="newColor" required options={RISK_COLORS.map((c) => ({ value: c, label: label("careColor", c), tone: c }))} registration={form.register("riskColor")} error={errors.riskColor?.message} />
      <TextareaField label={t("care.colorReason")} required rows={3} maxLength={500} error={errors.reason?.message} {...form.register("reason")} />
      <Button type="submit" pending={isSubmitting}>
        {t("ui.save")}
      </Button>
    </form>
  );
}

export function ColorForm({ personId, current }: { personId: number; current: RiskColor }) {
  return (
    <Dialog title={t("care.changeColor")} triggerLabel={t("care.changeColor")}>
      {(close) => <Form personId={personId} current={current} close={close} />}
    </Dialog>
  );
}
