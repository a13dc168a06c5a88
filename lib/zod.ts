// `z` is the part of zod the app uses (lib/zod-api.ts), not zod's own namespace, which carries
// every locale zod ships into each page's JavaScript (issue 12: the resident pages' download budget).
import * as z from "./zod-api";
// The one locale by its own path (`z.locales.zhCN()` would pull in all of them).
import zhCN from "zod/v4/locales/zh-CN.js";
import { t } from "./i18n/messages";
import { parseIsoInstant, parseLocalDate } from "./time";
import type { FieldErrors } from "./errors";

// Zod's own messages in Simplified Chinese wherever a schema has no message of its own.
z.config(zhCN());

export { z };

/** An ISO 8601 instant with an explicit offset or Z ("2026-11-30T09:00:00+08:00"); none → 422. */
export const instantSchema = z.string().max(40).transform((value, c) => {
  const d = parseIsoInstant(value);
  if (!d) {
    c.addIssue({ code: "custom", message: t("error.timeNeedsOffset") });
    return z.NEVER;
  }
  return d;
});

/** A centre-local calendar date, "YYYY-MM-DD". */
export const localDateSchema = z
  .string()
  .max(10)
  .refine((v) => parseLocalDate(v) !== null, t("field.invalidDate"));

/** Turns zod issues into `{ field: [messages] }`; unknown fields are named as such. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  const add = (key: string, message: string) => (out[key] ??= []).push(message);
  for (const issue of error.issues) {
    const base = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      for (const k of issue.keys) add(base ? `${base}.${k}` : k, t("error.unknownField", { field: k }));
    } else {
      add(base || "_", issue.message);
    }
  }
  return out;
}
