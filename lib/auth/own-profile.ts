import { eq } from "drizzle-orm";
import { residents, users } from "@/db/schema";
import type { Ctx } from "../context";

export interface OwnProfile {
  name: string;
  username: string;
  /** Masked ("138****0011"): the full number never leaves the server for this view. */
  maskedPhone: string | null;
}

/** "13839300011" → "138****0011"; short or odd numbers keep only their last two characters. */
export function maskPhone(phone: string | null | undefined): string | null {
  const p = phone?.trim();
  if (!p) return null;
  if (p.length >= 8) return `${p.slice(0, 3)}****${p.slice(-4)}`;
  return `****${p.slice(-2)}`;
}

/**
 * The signed-in user's own profile card: their name and phone, from the resident register entry
 * (一人一档) when they are a resident, else from the account.
 */
export function getOwnProfile(ctx: Ctx): OwnProfile {
  const row = ctx.db
    .select({ name: users.name, username: users.username, accountPhone: users.phone, registerName: residents.name, registerPhone: residents.phone })
    .from(users)
    .leftJoin(residents, eq(residents.id, users.residentId))
    .where(eq(users.id, ctx.actor.userId))
    .get();
  if (!row) return { name: ctx.actor.name, username: ctx.actor.username, maskedPhone: null };
  return { name: row.registerName ?? row.name, username: row.username, maskedPhone: maskPhone(row.registerPhone ?? row.accountPhone) };
}
