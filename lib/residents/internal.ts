import { and, eq, ne, or } from "drizzle-orm";
import { userRoles, users } from "@/db/schema";
import type { Db } from "@/db/client";

/**
 * Whether a mobile number is already someone's: the sign-in name of any account, or the phone of
 * another resident account. Call inside the immediate transaction that then writes it.
 */
export function phoneTaken(db: Db, phone: string, exceptUserId?: number): boolean {
  const byUsername = db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.username, phone), exceptUserId ? ne(users.id, exceptUserId) : undefined))
    .get();
  if (byUsername) return true;
  const byPhone = db
    .select({ id: users.id })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "resident")))
    .where(and(or(eq(users.phone, phone)), exceptUserId ? ne(users.id, exceptUserId) : undefined))
    .get();
  return Boolean(byPhone);
}
