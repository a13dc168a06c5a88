// POST /api/v1/reservation-series — staff: a weekly series; every occurrence is checked first (dryRun reports only; 409 lists conflicting weeks).
import { apiRoute } from "@/app/_server/api";
import { reserveSeries } from "@/lib/rooms/reserve-series";
import { reserveSeriesSchema } from "@/lib/rooms/schemas";
import { toIsoLocal } from "@/lib/time";

export const POST = apiRoute({ body: reserveSeriesSchema }, ({ ctx, body }) => {
  const r = reserveSeries(ctx, body);
  return {
    status: r.dryRun || r.replayed ? 200 : 201,
    body: {
      seriesId: r.seriesId,
      dryRun: r.dryRun,
      occurrences: r.occurrences.map((o) => ({
        index: o.index,
        startAt: toIsoLocal(o.startAt),
        endAt: toIsoLocal(o.endAt),
        ok: o.problem === null,
        problem: o.problem,
        reservationId: o.reservationId,
      })),
    },
  };
});
