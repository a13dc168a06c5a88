"use client";
// The workflow steps the case allows now, as buttons; each opens a dialog that asks for the reason
// (required to reject or to record a failed mediation) and confirms.
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button, type ButtonVariant } from "@/app/_components/button";
import { Dialog } from "@/app/_components/dialog";
import { FormMessage } from "@/app/_components/form-message";
import { TextareaField } from "@/app/_components/textarea-field";
import type { MediationStatus } from "@/db/schema/codes";
import { label, t } from "@/lib/i18n/messages";
import { transitionSchema } from "@/lib/mediation/schemas";
import { REASON_REQUIRED } from "@/lib/mediation/workflow";
import type { z } from "@/lib/zod";
import { transitionCaseAction } from "../actions";
import { useActionSubmit } from "./use-action-form";

type Values = z.input<typeof transitionSchema>;

const VARIANT: Partial<Record<MediationStatus, ButtonVariant>> = { rejected: "danger", failed: "danger" };

export function TransitionActions({ caseId, status, next }: { caseId: number; status: MediationStatus; next: MediationStatus[] }) {
  const [open, setOpen] = useState<MediationStatus | null>(null);
  const [done, setDone] = useState<string | null>(null);
  if (next.length === 0) return null;
  return (
    <div>
      <div role="group" aria-label={t("mediation.actions.label")} className="flex flex-wrap gap-2">
        {next.map((to, i) => (
          <Button key={to} variant={VARIANT[to] ?? (i === 0 ? "primary" : "secondary")} aria-haspopup="dialog" onClick={() => (setDone(null), setOpen(to))}>
            {label("mediationAction", to)}
          </Button>
        ))}
      </div>
      <FormMessage tone="success" className="mt-3">
        {done}
      </FormMessage>
      {next.map((to) => (
        <Dialog
          key={to}
          open={open === to}
          onClose={() => setOpen(null)}
          title={t("mediation.actions.confirm", { action: label("mediationAction", to) })}
          description={t("mediation.actions.confirmLead", { from: label("mediationStatus", status), to: label("mediationStatus", to) })}
        >
          <TransitionForm
            caseId={caseId}
            to={to}
            onDone={() => {
              setOpen(null);
              setDone(t("mediation.actions.done", { status: label("mediationStatus", to) }));
            }}
            onCancel={() => setOpen(null)}
          />
        </Dialog>
      ))}
    </div>
  );
}

function TransitionForm({ caseId, to, onDone, onCancel }: { caseId: number; to: MediationStatus; onDone: () => void; onCancel: () => void }) {
  const form = useForm<Values>({ resolver: zodResolver(transitionSchema, undefined, { raw: true }), defaultValues: { to, reason: "" } });
  const required = REASON_REQUIRED.includes(to);
  const { onSubmit, message } = useActionSubmit(form, ["to", "reason"], (data) => transitionCaseAction({ caseId, data }), { onSuccess: onDone });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={label("mediationAction", to)} className="space-y-4">
      <FormMessage tone={message?.tone}>{message?.text}</FormMessage>
      <TextareaField
        id={`reason-${to}`}
        label={required ? t("mediation.actions.reason") : t("mediation.actions.reasonOptional")}
        required={required}
        rows={3}
        maxLength={500}
        error={errors.reason?.message}
        {...form.register("reason")}
      />
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>
          {t("ui.cancel")}
        </Button>
        <Button type="submit" variant={VARIANT[to] ?? "primary"} pending={isSubmitting}>
          {t("mediation.actions.confirm", { action: label("mediationAction", to) })}
        </Button>
      </div>
    </form>
  );
}
