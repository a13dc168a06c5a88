// A list of people to tick (carers, participants), as numbers: the schemas take id arrays.
import type { ReactNode } from "react";
import { FieldError, FieldHint, FieldLabel, fieldIds } from "@/app/_components/field";

export interface IdOption {
  id: number;
  label: ReactNode;
  disabled?: boolean;
}

interface Props {
  legend: ReactNode;
  name: string;
  options: readonly IdOption[];
  value: readonly number[];
  onChange: (ids: number[]) => void;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  columns?: boolean;
}

export function IdCheckboxes({ legend, name, options, value, onChange, hint, error, required, columns = true }: Props) {
  const groupId = `${name}-group`;
  const ids = fieldIds(groupId);
  const described = [hint ? ids.hint : null, error ? ids.error : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset aria-describedby={described}>
      <FieldLabel as="legend" required={required}>
        {legend}
      </FieldLabel>
      <FieldHint id={groupId}>{hint}</FieldHint>
      <div className={columns ? "grid gap-x-4 sm:grid-cols-2" : "grid"}>
        {options.map((o) => {
          const id = `${name}-${o.id}`;
          return (
            <label key={o.id} htmlFor={id} className="flex min-h-11 cursor-pointer items-center gap-3 py-1">
              <input
                id={id}
                type="checkbox"
                name={name}
                value={o.id}
                disabled={o.disabled}
                checked={value.includes(o.id)}
                onChange={(e) => onChange(e.target.checked ? [...value, o.id] : value.filter((v) => v !== o.id))}
                className="size-5 shrink-0 accent-teal-700"
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
