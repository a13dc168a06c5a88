// One question as a row of large toggle buttons that are real radio buttons underneath: thumb-sized
// on a phone, keyboard-friendly (Tab into the group, arrows to choose), a ✓ so it is not colour alone.
import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import clsx from "clsx";
import { FieldError, FieldHint, FieldLabel, fieldIds } from "@/app/_components/field";

export interface Toggle {
  value: string;
  label: string;
  tone?: "red" | "yellow" | "green";
}

const CHECKED = {
  red: "peer-checked:border-red-800 peer-checked:bg-red-700 peer-checked:text-white",
  yellow: "peer-checked:border-amber-600 peer-checked:bg-amber-400 peer-checked:text-stone-950",
  green: "peer-checked:border-emerald-800 peer-checked:bg-emerald-700 peer-checked:text-white",
  brand: "peer-checked:border-teal-700 peer-checked:bg-teal-700 peer-checked:text-white",
} as const;

interface Props {
  legend: ReactNode;
  name: string;
  options: readonly Toggle[];
  registration: UseFormRegisterReturn;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
}

export function ToggleGroup({ legend, name, options, registration, hint, error, required }: Props) {
  const groupId = `${name}-group`;
  const ids = fieldIds(groupId);
  const described = [hint ? ids.hint : null, error ? ids.error : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset aria-describedby={described}>
      <FieldLabel as="legend" required={required}>
        {legend}
      </FieldLabel>
      <FieldHint id={groupId}>{hint}</FieldHint>
      <div className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap">
        {options.map((o) => {
          const id = `${name}-${o.value}`;
          return (
            <label key={o.value} htmlFor={id} className="relative cursor-pointer">
              <input id={id} type="radio" value={o.value} className="peer sr-only" {...registration} />
              <span
                className={clsx(
                  "flex min-h-12 items-center justify-center rounded-lg border px-4 py-2 text-center font-medium select-none",
                  "border-stone-300 bg-white text-stone-800 hover:border-stone-500",
                  "peer-focus-visible:ring-2 peer-focus-visible:ring-teal-600 peer-focus-visible:ring-offset-2",
                  "peer-checked:before:me-1.5 peer-checked:before:content-['✓']",
                  CHECKED[o.tone ?? "brand"],
                )}
              >
                {o.label}
              </span>
            </label>
          );
        })}
      </div>
      <FieldError id={groupId}>{error}</FieldError>
    </fieldset>
  );
}
