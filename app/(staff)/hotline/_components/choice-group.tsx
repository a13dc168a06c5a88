// The call form's quick choices: one question as a row of large toggle buttons that are real radio
// buttons or checkboxes underneath (Tab into the group, arrows or Space to choose), so the whole
// form works from the keyboard while the operator is on the phone.
import type { FormEvent, ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import clsx from "clsx";
import { FieldError, FieldHint, FieldLabel, fieldIds } from "@/app/_components/field";

export interface Choice {
  value: string;
  label: string;
  /** "danger" paints the checked state red (high and imminent risk). */
  tone?: "danger";
}

interface Props {
  type: "radio" | "checkbox";
  legend: ReactNode;
  name: string;
  choices: readonly Choice[];
  registration: UseFormRegisterReturn;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  autoFocusFirst?: boolean;
  /** Called when any choice changes (the event bubbles from the input). */
  onChange?: (e: FormEvent<HTMLFieldSetElement>) => void;
}

export function ChoiceGroup({ type, legend, name, choices, registration, hint, error, required, autoFocusFirst, onChange }: Props) {
  const groupId = `${name}-group`;
  const ids = fieldIds(groupId);
  const described = [hint ? ids.hint : null, error ? ids.error : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset onChange={onChange} aria-describedby={described} aria-invalid={error ? true : undefined} role={type === "radio" ? "radiogroup" : undefined} aria-required={type === "radio" && required ? true : undefined}>
      <FieldLabel as="legend" required={required}>
        {legend}
      </FieldLabel>
      <FieldHint id={groupId}>{hint}</FieldHint>
      <div className="flex flex-wrap gap-2">
        {choices.map((c, i) => {
          const id = `${name}-${c.value}`;
          return (
            <label key={c.value} htmlFor={id} className="relative cursor-pointer">
              <input
                id={id}
                type={type}
                value={c.value}
                // Invisible but covering its button: clicks and taps land on the input itself.
                className="peer absolute inset-0 z-10 size-full cursor-pointer appearance-none opacity-0"
                autoFocus={autoFocusFirst && i === 0}
                {...registration}
              />
              <span
                className={clsx(
                  "inline-flex min-h-11 items-center rounded-lg border px-3.5 py-2 font-medium select-none",
                  "border-stone-300 bg-white text-stone-800 hover:border-stone-500",
                  "peer-focus-visible:ring-2 peer-focus-visible:ring-teal-600 peer-focus-visible:ring-offset-2",
                  // Not colour alone: a checked toggle also shows a mark.
                  // The mark has empty alternative text: "checked" is already announced.
                  "peer-checked:before:me-1.5 peer-checked:before:content-['✓'_/_'']",
                  c.tone === "danger" ? "peer-checked:border-red-800 peer-checked:bg-red-800 peer-checked:text-white" : "peer-checked:border-teal-700 peer-checked:bg-teal-700 peer-checked:text-white",
                )}
              >
                {c.label}
              </span>
            </label>
          );
        })}
      </div>
      <FieldError id={groupId}>{error}</FieldError>
    </fieldset>
  );
}
