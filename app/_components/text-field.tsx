// Use for one-line text, password, number, date, time, search and phone inputs. Pass react-hook-
// form's register("name") straight in ({...register("x")}), or name/defaultValue in a GET filter form.
import type { ComponentProps } from "react";
import clsx from "clsx";
import { controlClasses, describedBy, FieldError, FieldHint, FieldLabel, type FieldProps } from "./field";

type Props = FieldProps & Omit<ComponentProps<"input">, "children"> & { name: string; wrapperClassName?: string };

export function TextField({ label, hint, error, required, id, name, className, wrapperClassName, type = "text", ...rest }: Props) {
  const fieldId = id ?? name;
  return (
    <div className={wrapperClassName}>
      <FieldLabel htmlFor={fieldId} required={required}>
        {label}
      </FieldLabel>
      <FieldHint id={fieldId}>{hint}</FieldHint>
      <input
        id={fieldId}
        name={name}
        type={type}
        aria-required={required || undefined}
        className={clsx(controlClasses, "min-h-11", className)}
        {...describedBy(fieldId, hint, error)}
        {...rest}
      />
      <FieldError id={fieldId}>{error}</FieldError>
    </div>
  );
}
