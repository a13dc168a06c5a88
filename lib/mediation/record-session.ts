import { and, eq, inArray } from "drizzle-orm";
import { mediationParties, mediationSessions, rooms, type MediationStatement } from "@/db/schema";
import type { Ctx } from "../context";
import { appError, forbidden } from "../errors";
import { label, t } from "../i18n/messages";
import { reserveInTransaction } from "../rooms/engine";
import { auditCase, loadVisibleCase } from "./internal";
import { canWorkOnCase } from "./policy";
import type { RecordSessionInput } from "./schemas";
import { SESSION_STATES } from "./workflow";

/** Throws 422 unless every statement belongs to a party of this case. */
export function assertCaseParties(ctx: Ctx, caseId: number, statements: MediationStatement[]): void {
  const ids = statements.map((s) => s.partyId);
  if (ids.length === 0) return;
  const found = ctx.db
    .select({ id: mediationParties.id })
    .from(mediationParties)
    .where(and(eq(mediationParties.caseId, caseId), inArray(mediationParties.id, ids)))
    .all();
  if (found.length !== new Set(ids).size) throw appError("validation", t("mediation.error.unknownParty"), { statements: [t("mediation.error.unknownParty")] });
}

/**
 * Records a mediation meeting (调解记录). With a room it books that room for [heldAt, endAt)
 * through the booking engine in the same transaction, so a taken room refuses the whole record (409).
 */
export function recordSession(ctx: Ctx, caseId: number, input: RecordSessionInput): { id: number; roomReservationId: number | null } {
  return ctx.db.transaction(
    () => {
      const { head, team } = loadVisibleCase(ctx, caseId);
      if (!canWorkOnCase(ctx.actor, team)) throw forbidden(t("mediation.error.onlyTeam"));
      if (!SESSION_STATES.includes(head.status)) throw appError("conflict", t("mediation.error.noSessionsNow", { status: label("mediationStatus", head.status) }));
      assertCaseParties(ctx, caseId, input.statements);

      let place = input.place ?? "";
      if (input.roomId && !place) {
        place = ctx.db.select({ name: rooms.name }).from(rooms).where(eq(rooms.id, input.roomId)).get()?.name ?? "";
      }
      const { id } = ctx.db
        .insert(mediationSessions)
        .values({
          caseId,
          heldAt: input.heldAt,
          endAt: input.endAt ?? null,
          place,
          participants: input.participants,
          statements: input.statements,
          facts: input.facts ?? null,
          outcome: input.outcome ?? null,
          recorderId: ctx.actor.userId,
          createdAt: ctx.now,
        })
        .returning({ id: mediationSessions.id })
        .get();

      let roomReservationId: number | null = null;
      if (input.roomId && input.endAt) {
        const r = reserveInTransaction(ctx, {
          roomId: input.roomId,
          startAt: input.heldAt,
          endAt: input.endAt,
          purpose: "mediation",
          // Staff see this title on the room calendar: the case number, never a party's name.
          title: head.caseNo,
          sourceType: "mediation",
          sourceId: caseId,
        });
        roomReservationId = r.id;
        ctx.db.update(mediationSessions).set({ roomReservationId }).where(eq(mediationSessions.id, id)).run();
      }
      auditCase(ctx, "mediation.session.create", caseId, { sessionId: id, roomId: input.roomId ?? null, roomReservationId });
      return { id, roomReservationId };
    },
    { behavior: "immediate" },
  );
}
