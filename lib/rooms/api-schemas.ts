import { RESERVATION_PURPOSES, RESERVATION_STATUSES } from "@/db/schema";
import { toIsoLocal } from "../time";
import { z } from "../zod";
import type { ReservationRef } from "./engine";
import type { BlackoutView, ReservationView, ResidentRoomDay, RoomView } from "./queries";

const iso = () => z.string().meta({ description: "ISO 8601 with +08:00" });
const minuteRange = z.tuple([z.number().int(), z.number().int()]).nullable();

export const roomJsonSchema = z
  .object({
    id: z.number().int(),
    code: z.string(),
    name: z.string(),
    mode: z.enum(["exclusive", "shared"]),
    capacity: z.number().int(),
    residentBookable: z.boolean(),
    staffRequired: z.boolean(),
    description: z.string().nullable(),
    icon: z.string().nullable(),
    openingHours: z.array(minuteRange).meta({ description: "7 entries, Sunday first: [openMinute, closeMinute] of the local day, or null when closed" }),
    minMinutes: z.number().int(),
    maxMinutes: z.number().int(),
    active: z.boolean(),
  })
  .meta({ id: "Room" });

export const roomJson = (r: RoomView) => ({
  id: r.id,
  code: r.code,
  name: r.name,
  mode: r.mode,
  capacity: r.capacity,
  residentBookable: r.residentBookable,
  staffRequired: r.staffRequired,
  description: r.description,
  icon: r.icon,
  openingHours: r.openingHours,
  minMinutes: r.minMinutes,
  maxMinutes: r.maxMinutes,
  active: r.active,
});

export const reservationRefJsonSchema = z
  .object({
    id: z.number().int(),
    roomId: z.number().int(),
    startAt: iso(),
    endAt: iso(),
    status: z.enum(RESERVATION_STATUSES),
    purpose: z.enum(RESERVATION_PURPOSES),
    holdExpiresAt: iso().nullable(),
    seriesId: z.string().nullable(),
  })
  .meta({ id: "ReservationRef" });

export const reservationRefJson = (r: ReservationRef) => ({
  id: r.id,
  roomId: r.roomId,
  startAt: toIsoLocal(r.startAt),
  endAt: toIsoLocal(r.endAt),
  status: r.status,
  purpose: r.purpose,
  holdExpiresAt: r.holdExpiresAt ? toIsoLocal(r.holdExpiresAt) : null,
  seriesId: r.seriesId,
});

export const reservationJsonSchema = reservationRefJsonSchema
  .extend({
    title: z.string().nullable(),
    places: z.number().int(),
    expired: z.boolean(),
    bookedBy: z.object({ id: z.number().int(), name: z.string() }),
    sourceType: z.string().nullable(),
    sourceId: z.number().int().nullable(),
    cancelledAt: iso().nullable(),
    mine: z.boolean(),
    canChange: z.boolean(),
  })
  .meta({ id: "Reservation" });

// Object.assign, not `{ ...ref, more }`: V8 (Node 20) makes an object built by spreading and then
// extending some ten times slower to build and to serialise (issue 12: 25 µs a row of a week grid).
export const reservationJson = (r: ReservationView) =>
  Object.assign(reservationRefJson(r), {
    title: r.title,
    places: r.places,
    expired: r.expired,
    bookedBy: r.bookedBy,
    sourceType: r.sourceType,
    sourceId: r.sourceId,
    cancelledAt: r.cancelledAt ? toIsoLocal(r.cancelledAt) : null,
    mine: r.mine,
    canChange: r.canChange,
  });

/** What a resident may know of a room's time: busy intervals, their own bookings, closures. */
export const availabilityJsonSchema = z
  .object({
    items: z.array(
      z.union([
        z.object({ startAt: iso(), endAt: iso(), busy: z.literal(true) }),
        z.object({ id: z.number().int(), startAt: iso(), endAt: iso(), status: z.enum(RESERVATION_STATUSES), mine: z.literal(true) }),
      ]),
    ),
    blackouts: z.array(z.object({ startAt: iso(), endAt: iso(), reason: z.string() })),
    nextCursor: z.null(),
  })
  .meta({ id: "RoomAvailability" });

export const availabilityJson = (a: ResidentRoomDay) => ({
  items: [
    ...a.busy.map((b) => ({ startAt: toIsoLocal(b.startAt), endAt: toIsoLocal(b.endAt), busy: true as const, sort: b.startAt.getTime() })),
    ...a.mine.map((m) => ({ id: m.id, startAt: toIsoLocal(m.startAt), endAt: toIsoLocal(m.endAt), status: m.status, mine: true as const, sort: m.startAt.getTime() })),
  ]
    .sort((x, y) => x.sort - y.sort)
    .map(({ sort: _sort, ...rest }) => rest),
  blackouts: a.blackouts.map((b) => ({ startAt: toIsoLocal(b.startAt), endAt: toIsoLocal(b.endAt), reason: b.reason })),
  nextCursor: null,
});

export const blackoutJsonSchema = z
  .object({ id: z.number().int(), roomId: z.number().int().nullable(), startAt: iso(), endAt: iso(), reason: z.string() })
  .meta({ id: "RoomBlackout" });

export const blackoutJson = (b: BlackoutView) => ({ id: b.id, roomId: b.roomId, startAt: toIsoLocal(b.startAt), endAt: toIsoLocal(b.endAt), reason: b.reason });

export const slotJsonSchema = z.object({ startAt: iso(), endAt: iso() });

export const seriesResultJsonSchema = z
  .object({
    seriesId: z.string().nullable(),
    dryRun: z.boolean(),
    occurrences: z.array(
      z.object({
        index: z.number().int(),
        startAt: iso(),
        endAt: iso(),
        ok: z.boolean(),
        problem: z.object({ code: z.string(), message: z.string() }).nullable(),
        reservationId: z.number().int().nullable(),
      }),
    ),
  })
  .meta({ id: "ReservationSeries" });

export const roomUsageJsonSchema = z.object({
  items: z.array(
    z.object({
      roomId: z.number().int(),
      code: z.string(),
      name: z.string(),
      capacity: z.number().int(),
      openMinutes: z.number().int(),
      bookedMinutes: z.number().int(),
      placeMinutes: z.number().int(),
    }),
  ),
});
