// Use for choosing one value from a short list (role, status, room). `allLabel` adds a first empty
// option ("全部") for filter bars; `placeholder` adds an empty "请选择" option for forms.
import type { ComponentProps } from "react";
import clsx from "clsx";
import { controlClasses, describedBy, FieldError, FieldHint, FieldLabel, type FieldProps } from "./field";

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

type Props = FieldProps &
  Omit<ComponentProps<"select">, "children"> & { name: string; options: readonly SelectOption[]; allLabel?: string; placeholder?: string; wrapperClassName?: string };

export function SelectField({ label, hint, error, required, id, name, options, allLabel, placeholder, className, wrapperClassName, ...rest }: Props) {
  const fieldId = id ?? name;
  return (
    <div className={wrapperClassName}>
      <FieldLabel htmlFor={fieldId} required={required}>
        {label}
      </FieldLabel>
      <FieldHint id={fieldId}>{hint}</FieldHint>
      <select
        id={fieldId}
        name={name}
        aria-required={required || undefined}
        className={clsx(controlClasses, "min-h-11 pe-8", className)}
        {...describedBy(fieldId, hint, error)}
        {...rest}
      >
        {allLabel !== undefined ? <option value="">{allLabel}</option> : null}
        {placeholder !== undefined ? (
          <option value="" disabled={required}>
            {placeholder}
          </option>
        ) : null}
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={fieldId}>{error}</FieldError>
    </div>
  );
}
