// Use for choosing one value from a short list (role, status, room). `allLabel` adds a first empty
// option ("全部") for filter bars; `placeholder` adds an empty "请选择" option for forms.
import type { ComponentProps } from "react";
import clsx from "clsx";
import { controlClasses, FieldShell, type FieldProps } from "./field";

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

type Props = FieldProps &
  Omit<ComponentProps<"select">, "children"> & { name: string; options: readonly SelectOption[]; allLabel?: string; placeholder?: string; wrapperClassName?: string };

export function SelectField({ label, hint, error, required, id, name, options, allLabel, placeholder, className, wrapperClassName, ...rest }: Props) {
  return (
    <FieldShell id={id ?? name} label={label} hint={hint} error={error} required={required} className={wrapperClassName}>
      {(control) => (
        <select {...control} name={name} className={clsx(controlClasses, "min-h-11 pe-8", className)} {...rest}>
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
      )}
    </FieldShell>
  );
}
