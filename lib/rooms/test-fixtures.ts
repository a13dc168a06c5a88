import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reservations, rooms } from "@/db/schema";
import { ROOMS } from "@/db/seed-data";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { ctxFor, makeUser } from "../testing/fixtures";
import { createTestDb } from "../testing/test-db";
import { parseLocalDateTime } from "../time";

/** Centre-local wall-clock time as an instant: local("2026-12-01 10:00"). */
export function local(value: string): Date {
  const d = parseLocalDateTime(value);
  if (!d) throw new Error(`bad local time ${value}`);
  return d;
}

/** Monday 2026-11-30 09:00 in the centre: "now" for the rooms tests. */
export const NOW = local("2026-11-30 09:00");

export interface RoomsWorld {
  db: Db;
  admin: Actor;
  counselor: Actor;
  teacher: Actor;
  resident: Actor;
  resident2: Actor;
  room: (code: (typeof ROOMS)[number]["code"]) => number;
  ctx: (actor: Actor, now?: Date) => ReturnType<typeof ctxFor>;
  rowCount: (roomId: number) => number;
}

/** A fresh database with the eight seeded rooms and one user of each kind the tests need. */
export async function roomsWorld(): Promise<RoomsWorld> {
  const db = createTestDb();
  for (const [i, r] of ROOMS.entries()) db.insert(rooms).values({ ...r, openingHours: [...r.openingHours], sortOrder: i, createdAt: NOW }).run();
  const ids = new Map(db.select({ id: rooms.id, code: rooms.code }).from(rooms).all().map((r) => [r.code, r.id]));
  const world: RoomsWorld = {
    db,
    admin: await makeUser(db, "admin1", ["admin"], { name: "管理员" }),
    counselor: await makeUser(db, "c1", ["counselor"], { name: "李咨询" }),
    teacher: await makeUser(db, "t1", ["teacher"], { name: "陈老师" }),
    resident: await makeUser(db, "r1", ["resident"], { name: "张秀英" }),
    resident2: await makeUser(db, "r2", ["resident"], { name: "马国强" }),
    room: (code) => ids.get(code)!,
    ctx: (actor, now = NOW) => ctxFor(db, actor, now),
    rowCount: (roomId) => db.select({ id: reservations.id }).from(reservations).where(eq(reservations.roomId, roomId)).all().length,
  };
  return world;
}

/** The AppError code a call throws, or "ok". */
export function codeOf(fn: () => unknown): string {
  try {
    fn();
    return "ok";
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}

export function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected an AppError");
}
