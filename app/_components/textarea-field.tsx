// Use for free text of more than one line (notes, reasons, summaries). Set maxLength to the
// schema's limit so the browser stops typing where the server would refuse.
import type { ComponentProps } from "react";
import clsx from "clsx";
import { controlClasses, FieldShell, type FieldProps } from "./field";

type Props = FieldProps & Omit<ComponentProps<"textarea">, "children"> & { name: string; wrapperClassName?: string };

export function TextareaField({ label, hint, error, required, id, name, className, wrapperClassName, rows = 4, ...rest }: Props) {
  return (
    <FieldShell id={id ?? name} label={label} hint={hint} error={error} required={required} className={wrapperClassName}>
      {(control) => <textarea {...control} name={name} rows={rows} className={clsx(controlClasses, "leading-relaxed", className)} {...rest} />}
    </FieldShell>
  );
}
