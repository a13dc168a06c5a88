import type { Db } from "@/db/client";
import type { Actor } from "./auth/actor";

/** What every use case receives: the database, who is calling, and the time (passed in for tests). */
export interface Ctx {
  db: Db;
  actor: Actor;
  now: Date;
  ip?: string | null;
}

/** For use cases that run before anyone is signed in (sign-in itself, self-registration). */
export interface AnonCtx {
  db: Db;
  now: Date;
  ip?: string | null;
  userAgent?: string | null;
}
