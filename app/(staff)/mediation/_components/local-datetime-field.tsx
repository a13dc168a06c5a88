"use client";
// A datetime-local input whose form value is an ISO instant with +08:00: the user types centre
// time, the schema (instantSchema) receives what the API would.
import { Controller, type Control, type FieldPath, type FieldValues } from "react-hook-form";
import { TextField } from "@/app/_components/text-field";
import { parseIsoInstant, parseLocalDateTime, toIsoLocal, toLocalInput } from "@/lib/time";

interface Props<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  id?: string;
  required?: boolean;
  hint?: string;
  wrapperClassName?: string;
}

function toInput(value: unknown): string {
  if (typeof value !== "string" || !value) return "";
  const d = parseIsoInstant(value);
  return d ? toLocalInput(d) : value;
}

export function LocalDateTimeField<T extends FieldValues>({ control, name, label, id, required, hint, wrapperClassName }: Props<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          type="datetime-local"
          id={id}
          name={name}
          label={label}
          required={required}
          hint={hint}
          wrapperClassName={wrapperClassName}
          value={toInput(field.value)}
          onChange={(e) => {
            const d = parseLocalDateTime(e.target.value);
            field.onChange(d ? toIsoLocal(d) : e.target.value);
          }}
          onBlur={field.onBlur}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}
