import type { Db } from "@/db/client";
import { residents, rooms, services } from "@/db/schema";
import { ROOMS } from "@/db/seed-data";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { ctxFor, makeUser } from "../testing/fixtures";
import { createTestDb } from "../testing/test-db";
import { parseLocalDateTime } from "../time";
import { parsePeriod, type Period } from "./period";

/** Centre-local wall-clock time as an instant: local("2026-11-03 10:00"). */
export function local(value: string): Date {
  const d = parseLocalDateTime(value);
  if (!d) throw new Error(`bad local time ${value}`);
  return d;
}

export const NOW = local("2026-11-30 18:00");
export const NOV = parsePeriod("2026-11") as Period;
export const OCT = parsePeriod("2026-10") as Period;

export interface StatsWorld {
  db: Db;
  admin: Actor;
  counselor: Actor;
  counselor2: Actor;
  hotline: Actor;
  carer: Actor;
  teacher: Actor;
  mediator: Actor;
  resident: Actor;
  /** Residents without accounts (the register), ids in insertion order. */
  people: number[];
  room: (code: (typeof ROOMS)[number]["code"]) => number;
  service: (name: string) => number;
  ctx: (actor: Actor, now?: Date) => ReturnType<typeof ctxFor>;
}

/** A fresh database: the eight rooms, two services, one user per role and ten residents. */
export async function statsWorld(): Promise<StatsWorld> {
  const db = createTestDb();
  for (const [i, r] of ROOMS.entries()) db.insert(rooms).values({ ...r, openingHours: [...r.openingHours], sortOrder: i, createdAt: NOW }).run();
  const roomIds = new Map(db.select({ id: rooms.id, code: rooms.code }).from(rooms).all().map((r) => [r.code, r.id]));
  for (const name of ["个体咨询", "沙盘治疗"]) db.insert(services).values({ name, durationMinutes: 50, createdAt: NOW }).run();
  const serviceIds = new Map(db.select({ id: services.id, name: services.name }).from(services).all().map((s) => [s.name, s.id]));
  const people = Array.from({ length: 10 }, (_, i) => db.insert(residents).values({ name: `居民${i + 1}`, createdAt: NOW }).returning({ id: residents.id }).get().id);
  return {
    db,
    admin: await makeUser(db, "admin1", ["admin"], { name: "管理员" }),
    counselor: await makeUser(db, "c1", ["counselor"], { name: "李咨询" }),
    counselor2: await makeUser(db, "c2", ["counselor"], { name: "王咨询" }),
    hotline: await makeUser(db, "h1", ["hotline"], { name: "赵值守" }),
    carer: await makeUser(db, "g1", ["carer"], { name: "孙网格" }),
    teacher: await makeUser(db, "t1", ["teacher"], { name: "陈老师" }),
    mediator: await makeUser(db, "m1", ["mediator"], { name: "周调解" }),
    resident: await makeUser(db, "r1", ["resident"], { name: "张秀英" }),
    people,
    room: (code) => roomIds.get(code)!,
    service: (name) => serviceIds.get(name)!,
    ctx: (actor, now = NOW) => ctxFor(db, actor, now),
  };
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
