// The parts every form field shares: label, hint, error text and the ids that tie them to the
// control (htmlFor, aria-describedby, aria-invalid). Use TextField / SelectField / TextareaField /
// CheckboxField / CheckboxGroup rather than these directly, unless you build a new kind of field.
import type { ReactNode } from "react";
import clsx from "clsx";
import { t } from "@/lib/i18n/messages";
import { Icon } from "./icon";

export interface FieldProps {
  label: ReactNode;
  /** A short help text shown under the label and read with the control. */
  hint?: ReactNode;
  /** The field's error message (e.g. react-hook-form's errors.x?.message). */
  error?: string;
  /** Shows the "必填" marker and sets aria-required; validation itself stays in the zod schema. */
  required?: boolean;
}

export function fieldIds(id: string) {
  return { hint: `${id}-hint`, error: `${id}-error` };
}

/** The aria attributes a control needs for its hint and error. */
export function describedBy(id: string, hint: unknown, error: unknown): { "aria-describedby"?: string; "aria-invalid"?: true } {
  const ids = fieldIds(id);
  const list = [hint ? ids.hint : null, error ? ids.error : null].filter(Boolean).join(" ");
  return { ...(list ? { "aria-describedby": list } : {}), ...(error ? { "aria-invalid": true as const } : {}) };
}

/** Text-like controls (input, select, textarea): one look, a red border when invalid. */
export const controlClasses = clsx(
  "block w-full rounded-lg border border-stone-400 bg-white px-3 py-2 text-base text-stone-900",
  "placeholder:text-stone-500 hover:border-stone-500",
  "aria-invalid:border-red-700 aria-invalid:bg-red-50/40",
  "disabled:cursor-not-allowed disabled:bg-stone-100 disabled:text-stone-600",
);

export function FieldLabel({ htmlFor, required, children, as = "label" }: { htmlFor?: string; required?: boolean; children: ReactNode; as?: "label" | "legend" }) {
  const content = (
    <>
      {children}
      {required ? <span className="ms-1 text-sm font-normal text-red-700">（{t("ui.required")}）</span> : null}
    </>
  );
  const cls = "mb-1.5 block font-medium text-stone-900";
  return as === "legend" ? <legend className={cls}>{content}</legend> : <label htmlFor={htmlFor} className={cls}>{content}</label>;
}

export function FieldHint({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={fieldIds(id).hint} className="mb-1.5 text-sm text-stone-600">
      {children}
    </p>
  );
}

export function FieldError({ id, children }: { id: string; children?: string }) {
  if (!children) return null;
  return (
    <p id={fieldIds(id).error} className="mt-1.5 flex items-start gap-1.5 text-sm font-medium text-red-700">
      <Icon name="alert" className="mt-0.5 size-4 shrink-0" />
      <span>{children}</span>
    </p>
  );
}

/**
 * One labelled control: label, hint, the control (given the attributes that tie it to them) and
 * the error. TextField, SelectField and TextareaField are this around their own element.
 */
export function FieldShell({
  id,
  label,
  hint,
  error,
  required,
  className,
  children,
}: FieldProps & { id: string; className?: string; children: (control: { id: string; "aria-required"?: true } & ReturnType<typeof describedBy>) => ReactNode }) {
  return (
    <div className={className}>
      <FieldLabel htmlFor={id} required={required}>
        {label}
      </FieldLabel>
      <FieldHint id={id}>{hint}</FieldHint>
      {children({ id, ...(required ? { "aria-required": true as const } : {}), ...describedBy(id, hint, error) })}
      <FieldError id={id}>{error}</FieldError>
    </div>
  );
}
