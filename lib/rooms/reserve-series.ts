import { randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { reservations } from "@/db/schema";
import { auditAs } from "../audit/audit";
import type { Ctx } from "../context";
import { appError, forbidden } from "../errors";
import { t } from "../i18n/messages";
import { addLocalDays, formatShortDate, formatTime, parseLocalDate, toLocalDate } from "../time";
import { loadRoom, problemError, reserveInTransaction, shapeProblem, slotProblem, type ReservationRef, type SlotProblemCode } from "./engine";
import { findByRequestKey, refOf } from "./internal";
import { canHoldOrRepeat } from "./policy";
import type { ReserveSeriesInput } from "./schemas";

export const MAX_OCCURRENCES = 52;

export interface SeriesOccurrence {
  index: number;
  startAt: Date;
  endAt: Date;
  problem: { code: SlotProblemCode; message: string } | null;
  reservationId: number | null;
}

export interface SeriesResult {
  seriesId: string | null;
  occurrences: SeriesOccurrence[];
  created: ReservationRef[];
  dryRun: boolean;
  replayed: boolean;
}

/** Weekly occurrences from the first one, `count` times or up to the local date `until` (inclusive). */
export function weeklyOccurrences(startAt: Date, endAt: Date, repeat: { count?: number; until?: string }): { startAt: Date; endAt: Date }[] {
  const length = endAt.getTime() - startAt.getTime();
  const out: { startAt: Date; endAt: Date }[] = [];
  if (repeat.until !== undefined) {
    const last = parseLocalDate(repeat.until);
    if (!last || repeat.until < toLocalDate(startAt)) {
      throw appError("validation", t("rooms.error.seriesUntilBeforeStart"), { until: [t("rooms.error.seriesUntilBeforeStart")] });
    }
    for (let i = 0; ; i++) {
      const s = addLocalDays(startAt, 7 * i);
      if (toLocalDate(s) > repeat.until) break;
      if (out.length === MAX_OCCURRENCES) {
        throw appError("validation", t("rooms.error.seriesTooLong", { max: MAX_OCCURRENCES }), { until: [t("rooms.error.seriesTooLong", { max: MAX_OCCURRENCES })] });
      }
      out.push({ startAt: s, endAt: new Date(s.getTime() + length) });
    }
    return out;
  }
  const n = Math.min(repeat.count ?? 1, MAX_OCCURRENCES);
  for (let i = 0; i < n; i++) {
    const s = addLocalDays(startAt, 7 * i);
    out.push({ startAt: s, endAt: new Date(s.getTime() + length) });
  }
  return out;
}

const when = (o: { startAt: Date; endAt: Date }) => `${formatShortDate(o.startAt)} ${formatTime(o.startAt)}–${formatTime(o.endAt)}`;

/**
 * A weekly series stored per occurrence with one series id. Every occurrence is checked before
 * anything is written; with conflicts and no `skipConflicts` nothing is saved and each conflicting
 * occurrence is reported (409, fieldErrors "occurrences.<n>"). `dryRun` only reports.
 */
export function reserveSeries(ctx: Ctx, input: ReserveSeriesInput): SeriesResult {
  if (!canHoldOrRepeat(ctx.actor)) throw forbidden();
  const planned = weeklyOccurrences(input.startAt, input.endAt, input);
  return ctx.db.transaction(
    () => {
      const previous = findByRequestKey(ctx, input.requestKey);
      if (previous?.seriesId) {
        const rows = ctx.db.select().from(reservations).where(eq(reservations.seriesId, previous.seriesId)).orderBy(asc(reservations.startAt)).all();
        const occurrences = rows.map((r, index) => ({ index, startAt: r.startAt, endAt: r.endAt, problem: null, reservationId: r.id }));
        return { seriesId: previous.seriesId, occurrences, created: rows.map(refOf), dryRun: false, replayed: true };
      }
      if (previous) throw appError("conflict", t("rooms.error.requestKeyReused"));
      const room = loadRoom(ctx, input.roomId);
      const places = room.mode === "exclusive" ? 1 : (input.places ?? 1);
      // What is wrong with the first occurrence's shape is wrong with all of them: refuse outright.
      const shape = shapeProblem(room, input.startAt, input.endAt, places, ctx.now);
      if (shape) throw problemError(shape);
      const occurrences: SeriesOccurrence[] = planned.map((o, index) => {
        const p = slotProblem(ctx, room, o.startAt, o.endAt, places);
        return { index, ...o, problem: p ? { code: p.code, message: p.message } : null, reservationId: null };
      });
      if (input.dryRun) return { seriesId: null, occurrences, created: [], dryRun: true, replayed: false };
      const conflicts = occurrences.filter((o) => o.problem);
      if (conflicts.length && !input.skipConflicts) {
        const fieldErrors = Object.fromEntries(conflicts.map((o) => [`occurrences.${o.index}`, [`${when(o)}：${o.problem!.message}`]]));
        throw appError("conflict", t("rooms.error.seriesConflicts", { count: conflicts.length }), fieldErrors);
      }
      if (conflicts.length === occurrences.length) throw appError("conflict", t("rooms.error.seriesNothingLeft"));
      const seriesId = randomUUID();
      const created: ReservationRef[] = [];
      for (const o of occurrences) {
        if (o.problem) continue;
        const r = reserveInTransaction(ctx, {
          roomId: room.id,
          startAt: o.startAt,
          endAt: o.endAt,
          purpose: input.purpose ?? "other",
          title: input.title,
          places,
          seriesId,
          requestKey: created.length === 0 ? input.requestKey : null,
        });
        o.reservationId = r.id;
        created.push(r);
      }
      auditAs(ctx, {
        action: "reservation.series_create",
        entityType: "reservation_series",
        entityId: seriesId,
        details: { roomId: room.id, created: created.length, skipped: conflicts.length },
      });
      return { seriesId, occurrences, created, dryRun: false, replayed: false };
    },
    { behavior: "immediate" },
  );
}
