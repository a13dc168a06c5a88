// Use for free text of more than one line (notes, reasons, summaries). Set maxLength to the
// schema's limit so the browser stops typing where the server would refuse.
import type { ComponentProps } from "react";
import clsx from "clsx";
import { controlClasses, describedBy, FieldError, FieldHint, FieldLabel, type FieldProps } from "./field";

type Props = FieldProps & Omit<ComponentProps<"textarea">, "children"> & { name: string; wrapperClassName?: string };

export function TextareaField({ label, hint, error, required, id, name, className, wrapperClassName, rows = 4, ...rest }: Props) {
  const fieldId = id ?? name;
  return (
    <div className={wrapperClassName}>
      <FieldLabel htmlFor={fieldId} required={required}>
        {label}
      </FieldLabel>
      <FieldHint id={fieldId}>{hint}</FieldHint>
      <textarea
        id={fieldId}
        name={name}
        rows={rows}
        aria-required={required || undefined}
        className={clsx(controlClasses, "leading-relaxed", className)}
        {...describedBy(fieldId, hint, error)}
        {...rest}
      />
      <FieldError id={fieldId}>{error}</FieldError>
    </div>
  );
}
