import type { Ctx } from "../context";
import { auditAs } from "../audit/audit";
import { revokeSession } from "./sessions";

/** Ends this session for good: its cookie or token is refused from now on. */
export function signOut(ctx: Ctx): void {
  ctx.db.transaction(
    () => {
      revokeSession(ctx.db, ctx.actor.sessionId, ctx.now);
      auditAs(ctx, { action: "auth.sign_out" });
    },
    { behavior: "immediate" },
  );
}
