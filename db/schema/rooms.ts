import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { residents, rooms, users } from "./core";
import { RESERVATION_STATUSES, RESERVATION_PURPOSES } from "./codes";
export { RESERVATION_STATUSES, RESERVATION_PURPOSES, type ReservationStatus, type ReservationPurpose } from "./codes";

/**
 * A room held for [startAt, endAt). "Live" means confirmed, or held with holdExpiresAt still in the
 * future; only live rows count against a room (lib/rooms/engine.ts). Appointments, activities and
 * mediation sessions point here through (sourceType, sourceId) and write their row in the same
 * transaction as the reservation.
 */
export const reservations = sqliteTable(
  "reservations",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    roomId: integer()
      .notNull()
      .references(() => rooms.id),
    startAt: integer({ mode: "timestamp_ms" }).notNull(),
    endAt: integer({ mode: "timestamp_ms" }).notNull(),
    status: text({ enum: RESERVATION_STATUSES }).notNull(),
    purpose: text({ enum: RESERVATION_PURPOSES }).notNull(),
    // Places taken in a shared room (an exclusive room is taken whole whatever this says).
    places: integer().notNull().default(1),
    // Shown to staff only; residents see other people's bookings as "busy".
    title: text(),
    bookedBy: integer()
      .notNull()
      .references(() => users.id),
    residentId: integer().references(() => residents.id),
    seriesId: text(),
    holdExpiresAt: integer({ mode: "timestamp_ms" }),
    // The client's key for a repeated submit (SECURITY.md 15): one reservation per (bookedBy, key).
    requestKey: text(),
    sourceType: text(),
    sourceId: integer(),
    cancelledAt: integer({ mode: "timestamp_ms" }),
    cancelledBy: integer().references(() => users.id),
    cancelReason: text(),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
    updatedAt: integer({ mode: "timestamp_ms" }),
  },
  (t) => [
    index("reservations_room_start_idx").on(t.roomId, t.startAt),
    index("reservations_room_live_idx").on(t.roomId, t.status, t.startAt, t.endAt),
    // Overlap checks (engine, slots) bound `endAt > from`; covering, so the planner prefers them (issue 12).
    index("reservations_room_end_idx").on(t.roomId, t.endAt, t.startAt, t.status, t.holdExpiresAt, t.places),
    index("reservations_status_end_idx").on(t.status, t.endAt, t.startAt, t.roomId, t.places, t.holdExpiresAt),
    index("reservations_booked_by_idx").on(t.bookedBy, t.startAt),
    index("reservations_resident_idx").on(t.residentId, t.startAt),
    index("reservations_series_idx").on(t.seriesId),
    index("reservations_source_idx").on(t.sourceType, t.sourceId),
    uniqueIndex("reservations_request_key_uq").on(t.bookedBy, t.requestKey),
    check("reservations_range_ck", sql`${t.endAt} > ${t.startAt}`),
    check("reservations_places_ck", sql`${t.places} >= 1`),
  ],
);

/** A period in which a room (or, with roomId null, every room) cannot be booked. */
export const roomBlackouts = sqliteTable(
  "room_blackouts",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    roomId: integer().references(() => rooms.id),
    startAt: integer({ mode: "timestamp_ms" }).notNull(),
    endAt: integer({ mode: "timestamp_ms" }).notNull(),
    reason: text().notNull(),
    createdBy: integer().references(() => users.id),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("room_blackouts_room_idx").on(t.roomId, t.startAt, t.endAt), check("room_blackouts_range_ck", sql`${t.endAt} > ${t.startAt}`)],
);

export type Reservation = typeof reservations.$inferSelect;
export type NewReservation = typeof reservations.$inferInsert;
export type RoomBlackout = typeof roomBlackouts.$inferSelect;
export type NewRoomBlackout = typeof roomBlackouts.$inferInsert;
