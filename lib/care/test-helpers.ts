import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, carePersons, residents } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { ctxFor, makeUser } from "../testing/fixtures";
import { createTestDb } from "../testing/test-db";
import { registerPerson } from "./register-person";
import { recordVisitSchema, registerPersonSchema, type RecordVisitValues, type RegisterPersonValues } from "./schemas";

/** Monday 2026-11-30, 10:00 in the centre (02:00 UTC). */
export const NOW = new Date("2026-11-30T10:00:00+08:00");
/** A centre-local wall-clock time as an instant. */
export const local = (s: string) => new Date(`${s}+08:00`);

export interface World {
  db: Db;
  admin: Actor;
  carer: Actor;
  carer2: Actor;
  teacher: Actor;
  counselor: Actor;
  resident: Actor;
}

/** A fresh database with one user of each role this area cares about. */
export async function world(): Promise<World> {
  const db = createTestDb();
  return {
    db,
    admin: await makeUser(db, "root", ["admin"]),
    carer: await makeUser(db, "gh-a", ["carer"], { name: "刘走访" }),
    carer2: await makeUser(db, "gh-b", ["carer"], { name: "张走访" }),
    teacher: await makeUser(db, "teach", ["teacher"]),
    counselor: await makeUser(db, "coun", ["counselor"]),
    resident: await makeUser(db, "res", ["resident"]),
  };
}

let seq = 0;
export function makeResident(db: Db, name = `居民${++seq}`, extra: Partial<typeof residents.$inferInsert> = {}): number {
  return db
    .insert(residents)
    .values({ name, gender: "female", phone: `1383930${String(1000 + seq).padStart(4, "0")}`, address: `建设路社区 ${seq} 号`, createdAt: NOW, ...extra })
    .returning({ id: residents.id })
    .get().id;
}

/** Registers a new resident into care as `actor` (default: bereaved, yellow). */
export function enrol(w: World, actor: Actor, over: Partial<RegisterPersonValues> = {}, now = NOW): number {
  const residentId = over.person ? undefined : (over.residentId ?? makeResident(w.db));
  return registerPerson(ctxFor(w.db, actor, now), registerPersonSchema.parse({ group: "bereaved", riskColor: "yellow", ...over, residentId })).id;
}

export const visitInput = (over: Partial<RecordVisitValues> = {}) =>
  recordVisitSchema.parse({ visitedAt: "2026-11-30T09:00:00+08:00", kind: "home", observations: { mental: "情绪平稳" }, ...over });

export function personRow(db: Db, id: number) {
  return db.select().from(carePersons).where(eq(carePersons.id, id)).get()!;
}

export function auditsOf(db: Db, action: string) {
  return db.select().from(auditLog).where(eq(auditLog.action, action)).all();
}

/** The AppError a call throws: its code, status and field names. */
export function failure(fn: () => unknown): { code: string; status: number; fields: string[] } | "ok" {
  try {
    fn();
    return "ok";
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, status: e.status, fields: Object.keys(e.fieldErrors ?? {}).sort() };
    throw e;
  }
}
