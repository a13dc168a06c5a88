// Use for "pick any of these" questions (roles, call categories, actions taken): a fieldset with a
// legend, one labelled checkbox per option. With react-hook-form pass `registration={register("roles")}`
// (the values arrive as a string array); in a GET form pass name + defaultValues.
import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import clsx from "clsx";
import { FieldError, FieldHint, FieldLabel, fieldIds } from "./field";
import type { SelectOption } from "./select-field";

interface Props {
  legend: ReactNode;
  name: string;
  options: readonly SelectOption[];
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  defaultValues?: readonly string[];
  registration?: UseFormRegisterReturn;
  /** Lay options out in columns on wider screens. */
  columns?: 1 | 2 | 3;
  className?: string;
}

export function CheckboxGroup({ legend, name, options, hint, error, required, defaultValues, registration, columns = 2, className }: Props) {
  const groupId = `${name}-group`;
  const ids = fieldIds(groupId);
  const described = [hint ? ids.hint : null, error ? ids.error : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className={className} aria-describedby={described}>
      <FieldLabel as="legend" required={required}>
        {legend}
      </FieldLabel>
      <FieldHint id={groupId}>{hint}</FieldHint>
      <div className={clsx("grid gap-x-4", columns === 2 && "sm:grid-cols-2", columns === 3 && "sm:grid-cols-3")}>
        {options.map((o) => {
          const id = `${name}-${o.value}`;
          return (
            <label key={o.value} htmlFor={id} className="flex min-h-11 cursor-pointer items-center gap-3 py-1">
              <input
                id={id}
                type="checkbox"
                value={o.value}
                disabled={o.disabled}
                defaultChecked={registration ? undefined : defaultValues?.includes(o.value)}
                className="size-5 shrink-0 accent-teal-700"
                {...(registration ?? { name })}
              />
              <span className="text-stone-900">{o.label}</span>
            </label>
          );
        })}
      </div>
      <FieldError id={groupId}>{error}</FieldError>
    </fieldset>
  );
}
