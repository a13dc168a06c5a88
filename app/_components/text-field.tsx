// Use for one-line text, password, number, date, time, search and phone inputs. Pass react-hook-
// form's register("name") straight in ({...register("x")}), or name/defaultValue in a GET filter form.
import type { ComponentProps } from "react";
import clsx from "clsx";
import { controlClasses, FieldShell, type FieldProps } from "./field";

type Props = FieldProps & Omit<ComponentProps<"input">, "children"> & { name: string; wrapperClassName?: string };

export function TextField({ label, hint, error, required, id, name, className, wrapperClassName, type = "text", ...rest }: Props) {
  return (
    <FieldShell id={id ?? name} label={label} hint={hint} error={error} required={required} className={wrapperClassName}>
      {(control) => <input {...control} name={name} type={type} className={clsx(controlClasses, "min-h-11", className)} {...rest} />}
    </FieldShell>
  );
}
