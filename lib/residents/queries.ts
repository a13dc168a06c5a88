import { asc, eq, or } from "drizzle-orm";
import { residents, users } from "@/db/schema";
import { hasRole, isStaff } from "../auth/actor";
import type { Ctx } from "../context";
import { forbidden } from "../errors";
import { contains } from "../search";
import { canUseTimeline } from "./policy";

export interface OwnResidentProfile {
  name: string;
  /** The resident's own number, in full: this is their own edit form. */
  phone: string | null;
  username: string;
  consentBasis: "consent" | "legal_duty" | "none";
  consentAt: Date | null;
  consentVersion: string | null;
  consentWithdrawnAt: Date | null;
}

/** The signed-in resident's own register entry, for 我的资料. */
export function getOwnResidentProfile(ctx: Ctx): OwnResidentProfile {
  if (!hasRole(ctx.actor, "resident") || isStaff(ctx.actor) || ctx.actor.residentId === null) throw forbidden();
  const row = ctx.db
    .select({
      name: residents.name,
      phone: residents.phone,
      accountPhone: users.phone,
      username: users.username,
      consentBasis: residents.consentBasis,
      consentAt: residents.consentAt,
      consentVersion: residents.consentVersion,
      consentWithdrawnAt: residents.consentWithdrawnAt,
    })
    .from(users)
    .innerJoin(residents, eq(residents.id, users.residentId))
    .where(eq(users.id, ctx.actor.userId))
    .get();
  if (!row) throw forbidden();
  const { accountPhone, ...rest } = row;
  return { ...rest, phone: row.phone ?? accountPhone };
}

export interface RegisterListItem {
  id: number;
  name: string;
  gender: "male" | "female" | null;
  birthYear: number | null;
  community: string | null;
  maskedPhone: string | null;
}

function maskPhone(phone: string | null): string | null {
  if (!phone) return null;
  return phone.length <= 7 ? `${"*".repeat(Math.max(phone.length - 4, 0))}${phone.slice(-4)}` : `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

/**
 * The person register, searched by name or phone digits (escaped LIKE), for staff who open a
 * person's timeline. Phones are masked; without a query nothing is listed (no browsing the register).
 */
export function searchRegister(ctx: Ctx, q: string, limit = 50): RegisterListItem[] {
  if (!canUseTimeline(ctx.actor)) throw forbidden();
  const text = q.trim();
  if (!text) return [];
  const digits = text.replace(/\D/g, "");
  return ctx.db
    .select({ id: residents.id, name: residents.name, gender: residents.gender, birthYear: residents.birthYear, community: residents.community, phone: residents.phone })
    .from(residents)
    .where(or(contains(residents.name, text), digits.length >= 3 ? contains(residents.phone, digits) : undefined))
    .orderBy(asc(residents.name), asc(residents.id))
    .limit(limit)
    .all()
    .map(({ phone, ...r }) => ({ ...r, maskedPhone: maskPhone(phone) }));
}
