// The message of a (possibly nested) react-hook-form error, by dotted path ("details.termEnd").
import { get, type FieldErrors, type FieldValues } from "react-hook-form";

export function errorAt<T extends FieldValues>(errors: FieldErrors<T>, path: string): string | undefined {
  const e: unknown = get(errors, path);
  if (!e || typeof e !== "object") return undefined;
  if ("message" in e && typeof e.message === "string" && e.message) return e.message;
  // An array field's own error sits on its root.
  if ("root" in e && e.root && typeof e.root === "object" && "message" in e.root && typeof e.root.message === "string") return e.root.message;
  return undefined;
}
