import type { Db } from "@/db/client";
import { residents } from "@/db/schema";
import { AppError } from "../errors";

/** 2026-11-30 10:00 in the centre (02:00 UTC). */
export const NOW = new Date("2026-11-30T10:00:00+08:00");
export const at = (iso: string) => new Date(iso);

export function makeResident(db: Db, name: string, phone: string | null = null): number {
  return db.insert(residents).values({ name, phone, createdAt: NOW }).returning({ id: residents.id }).get().id;
}

/** The AppError a call throws (code and field errors), or "ok". */
export function failure(fn: () => unknown): { code: string; fields: string[] } | "ok" {
  try {
    fn();
    return "ok";
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, fields: Object.keys(e.fieldErrors ?? {}).sort() };
    throw e;
  }
}
