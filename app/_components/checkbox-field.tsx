// Use for a single yes/no choice ("需要回访", "已获同意"). For several choices of one question use
// CheckboxGroup. The whole label is clickable and at least 44 px tall.
import type { ComponentProps, ReactNode } from "react";
import clsx from "clsx";
import { describedBy, FieldError, fieldIds } from "./field";

type Props = Omit<ComponentProps<"input">, "type" | "children"> & { name: string; label: ReactNode; hint?: ReactNode; error?: string; wrapperClassName?: string };

export function CheckboxField({ label, hint, error, id, name, className, wrapperClassName, ...rest }: Props) {
  const fieldId = id ?? name;
  return (
    <div className={wrapperClassName}>
      <label htmlFor={fieldId} className="flex min-h-11 cursor-pointer items-start gap-3 py-1.5">
        <input id={fieldId} name={name} type="checkbox" className={clsx("mt-1 size-5 shrink-0 accent-teal-700", className)} {...describedBy(fieldId, hint, error)} {...rest} />
        <span className="text-stone-900">
          {label}
          {hint ? (
            <span id={fieldIds(fieldId).hint} className="block text-sm text-stone-600">
              {hint}
            </span>
          ) : null}
        </span>
      </label>
      <FieldError id={fieldId}>{error}</FieldError>
    </div>
  );
}
