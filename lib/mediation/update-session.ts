import { and, eq } from "drizzle-orm";
import { mediationSessions, type MediationStatus } from "@/db/schema";
import type { Ctx } from "../context";
import { appError, forbidden } from "../errors";
import { label, t } from "../i18n/messages";
import { auditCase, loadVisibleCase } from "./internal";
import { canWorkOnCase } from "./policy";
import { assertCaseParties } from "./record-session";
import type { UpdateSessionInput } from "./schemas";
import { SESSION_STATES } from "./workflow";

// The record of the last meeting is often written up after the parties signed or walked away.
const SESSION_RECORD_STATES: readonly MediationStatus[] = [...SESSION_STATES, "agreed", "failed"];

/** Fills in (or corrects) the record of a meeting: participants, statements, facts, outcome. */
export function updateSession(ctx: Ctx, caseId: number, sessionId: number, input: UpdateSessionInput): { id: number } {
  return ctx.db.transaction(
    () => {
      const { head, team } = loadVisibleCase(ctx, caseId);
      if (!canWorkOnCase(ctx.actor, team)) throw forbidden(t("mediation.error.onlyTeam"));
      const session = ctx.db
        .select({ id: mediationSessions.id })
        .from(mediationSessions)
        .where(and(eq(mediationSessions.id, sessionId), eq(mediationSessions.caseId, caseId)))
        .get();
      if (!session) throw appError("not_found", t("mediation.error.sessionNotFound"));
      if (!SESSION_RECORD_STATES.includes(head.status)) throw appError("conflict", t("mediation.error.noSessionsNow", { status: label("mediationStatus", head.status) }));
      assertCaseParties(ctx, caseId, input.statements);
      ctx.db
        .update(mediationSessions)
        .set({ participants: input.participants, statements: input.statements, facts: input.facts ?? null, outcome: input.outcome ?? null, updatedAt: ctx.now })
        .where(eq(mediationSessions.id, sessionId))
        .run();
      auditCase(ctx, "mediation.session.update", caseId, { sessionId });
      return { id: sessionId };
    },
    { behavior: "immediate" },
  );
}
