import type { Ctx } from "../context";
import { recordAudit } from "../audit/audit";
import { revokeSession } from "./sessions";

/** Ends this session for good: its cookie or token is refused from now on. */
export function signOut(ctx: Ctx): void {
  ctx.db.transaction(
    () => {
      revokeSession(ctx.db, ctx.actor.sessionId, ctx.now);
      recordAudit(ctx.db, { action: "auth.sign_out", actorId: ctx.actor.userId, actorUsername: ctx.actor.username, ip: ctx.ip, at: ctx.now });
    },
    { behavior: "immediate" },
  );
}
