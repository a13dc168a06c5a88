// Use in a client form after calling a server action: puts the action's field errors on their
// fields (form.setError) and returns the message for the form's one FormMessage area.
import type { FieldPath, FieldValues, UseFormSetError } from "react-hook-form";

interface Failure {
  ok: false;
  message: string;
  fieldErrors?: Record<string, string[]>;
}

/**
 * Field errors whose name is one of `fields` go on the field; any other (unknown field, "_")
 * joins the form-level message, which always leads with the action's own message.
 */
export function applyActionErrors<T extends FieldValues>(result: Failure, setError: UseFormSetError<T>, fields: readonly FieldPath<T>[]): string {
  const extra: string[] = [];
  for (const [name, messages] of Object.entries(result.fieldErrors ?? {})) {
    const field = fields.find((f) => f === name);
    if (field) {
      setError(field, { type: "server", message: messages[0] });
    } else extra.push(...messages);
  }
  return [result.message, ...extra].join(" ");
}
