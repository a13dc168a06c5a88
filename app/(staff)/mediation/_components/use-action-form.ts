"use client";
// The submit step every mediation form shares: call the action, put field errors on their fields,
// show anything else in the form's one message area, or the success note.
import { useState } from "react";
import type { FieldPath, FieldValues, UseFormReturn } from "react-hook-form";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import type { ActionResult } from "@/app/_server/action";

export function useActionSubmit<T extends FieldValues, R>(
  form: UseFormReturn<T>,
  fields: readonly FieldPath<T>[],
  call: (values: T) => Promise<ActionResult<R>>,
  opts: { success?: string; onSuccess?: (data: R) => void; reset?: boolean } = {},
) {
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await call(values);
    if (!result) return;
    if (!result.ok) {
      setMessage({ tone: "error", text: applyActionErrors(result, form.setError, fields) });
      return;
    }
    if (opts.reset) form.reset();
    if (opts.success) setMessage({ tone: "success", text: opts.success });
    opts.onSuccess?.(result.data);
  });
  return { onSubmit, message, setMessage };
}
