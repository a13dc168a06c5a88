import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { Role } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { AppError, type ErrorCode, type FieldErrors } from "@/lib/errors";
import { t } from "@/lib/i18n/messages";
import { fieldErrorsOf, type z } from "@/lib/zod";
import { requireActor } from "./actor";

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; message: string; fieldErrors?: FieldErrors };

/**
 * Every server action is a public endpoint: this runs the same steps as an API route — who is
 * calling (and their role) → parse with the mutation's one zod schema → one lib/ use case → a
 * result the form can show. Next's redirects pass through.
 */
export function serverAction<S extends z.ZodType, T>(
  options: { roles?: Role[]; schema: S; allowMustChangePassword?: boolean },
  run: (ctx: Ctx, input: z.output<S>) => Promise<T> | T,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (raw) => {
    try {
      const ctx = await requireActor(options.roles, { allowMustChangePassword: options.allowMustChangePassword });
      const parsed = options.schema.safeParse(raw);
      if (!parsed.success) return { ok: false, code: "validation", message: t("error.validation"), fieldErrors: fieldErrorsOf(parsed.error) };
      return { ok: true, data: await run(ctx, parsed.data) };
    } catch (e) {
      unstable_rethrow(e);
      if (e instanceof AppError) return { ok: false, code: e.code, message: e.userMessage, fieldErrors: e.fieldErrors };
      console.error("[action] unexpected error", e);
      return { ok: false, code: "internal", message: t("error.internal") };
    }
  };
}
