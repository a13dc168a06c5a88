import { and, asc, eq, gt, lt, sql } from "drizzle-orm";
import { reservations, roomBlackouts, rooms } from "@/db/schema";
import type { Ctx } from "../context";
import { forbidden } from "../errors";
import { canManageRooms } from "../rooms/policy";
import type { Range } from "./range";
import { ratio } from "./range";

export interface RoomLine {
  roomId: number;
  code: string;
  name: string;
  capacity: number;
  /** Confirmed reservations beginning in the period. */
  reservations: number;
  /** Opening hours in the period, blackouts taken out. */
  openHours: number;
  /** Hours held by confirmed reservations; in a shared room place-hours (2 places for 1 h = 2 h). */
  bookedHours: number;
  /** Booked / open hours; for a shared room, place-hours / (capacity × open hours). */
  utilisation: number | null;
}

export interface RoomStats {
  rooms: RoomLine[];
  /** All rooms together: Σ booked / Σ open (shared rooms weighted by their places). */
  utilisation: number | null;
}

const HOUR = 3_600_000;
const MINUTE = 60_000;
// The centre's fixed offset (Asia/Shanghai has had no DST since 1991), as in care-stats.ts.
const OFFSET = 8 * HOUR;
const hours = (ms: number) => Math.round((ms / HOUR) * 10) / 10;

/** Local midnights of the period's days, with their weekday: calendar arithmetic only, no zone lookups. */
function daysOf(range: Range): { start: number; weekday: number }[] {
  const [y, m, d] = range.from.split("-").map(Number);
  const out: { start: number; weekday: number }[] = [];
  for (let utc = Date.UTC(y, m - 1, d); utc - OFFSET < range.end.getTime(); utc += 24 * HOUR) out.push({ start: utc - OFFSET, weekday: new Date(utc).getUTCDay() });
  return out;
}

/**
 * Room utilisation of a period: booked time is one GROUP BY over the confirmed reservations (an
 * exclusive room's never overlap — the booking engine's invariant — so their sum is the time held);
 * opening time comes from each room's weekly hours, less blackouts.
 */
export function roomStats(ctx: Ctx, range: Range): RoomStats {
  if (!canManageRooms(ctx.actor)) throw forbidden();
  const start = range.start.getTime();
  const end = range.end.getTime();
  const clipped = sql`(min(${reservations.endAt}, ${end}) - max(${reservations.startAt}, ${start}))`;
  const booked = new Map(
    ctx.db
      .select({
        roomId: reservations.roomId,
        ms: sql<number>`sum(${clipped})`,
        placeMs: sql<number>`sum(${reservations.places} * ${clipped})`,
        starting: sql<number>`sum(${reservations.startAt} >= ${start})`,
      })
      .from(reservations)
      .where(and(eq(reservations.status, "confirmed"), lt(reservations.startAt, range.end), gt(reservations.endAt, range.start)))
      .groupBy(reservations.roomId)
      .all()
      .map((r) => [r.roomId, r]),
  );
  const blackouts = ctx.db
    .select({ roomId: roomBlackouts.roomId, startAt: roomBlackouts.startAt, endAt: roomBlackouts.endAt })
    .from(roomBlackouts)
    .where(and(lt(roomBlackouts.startAt, range.end), gt(roomBlackouts.endAt, range.start)))
    .all();
  const all = ctx.db
    .select({ id: rooms.id, code: rooms.code, name: rooms.name, mode: rooms.mode, capacity: rooms.capacity, openingHours: rooms.openingHours })
    .from(rooms)
    .orderBy(asc(rooms.sortOrder), asc(rooms.id))
    .all();
  const days = daysOf(range);

  let used = 0;
  let open = 0;
  const lines = all.map((room) => {
    let openMs = 0;
    const closed = blackouts.filter((b) => b.roomId === null || b.roomId === room.id);
    for (const day of days) {
      const h = room.openingHours[day.weekday];
      if (!h) continue;
      const ws = day.start + h[0] * MINUTE;
      const we = day.start + h[1] * MINUTE;
      // Blackouts of one room do not overlap each other in practice; where they do, the larger cut wins.
      const cut = closed.reduce((n, b) => Math.max(n, Math.min(we, b.endAt.getTime()) - Math.max(ws, b.startAt.getTime())), 0);
      openMs += we - ws - Math.max(0, cut);
    }
    const b = booked.get(room.id);
    const shared = room.mode === "shared";
    const bookedMs = (shared ? b?.placeMs : b?.ms) ?? 0;
    const capacityMs = shared ? room.capacity * openMs : openMs;
    used += Math.min(bookedMs, capacityMs);
    open += capacityMs;
    return {
      roomId: room.id,
      code: room.code,
      name: room.name,
      capacity: room.capacity,
      reservations: b?.starting ?? 0,
      openHours: hours(openMs),
      bookedHours: hours(bookedMs),
      utilisation: ratio(Math.min(bookedMs, capacityMs), capacityMs),
    };
  });
  return { rooms: lines, utilisation: ratio(used, open) };
}
