import { eq } from "drizzle-orm";
import { residents, users } from "@/db/schema";
import { hasRole, isStaff } from "../auth/actor";
import type { Ctx } from "../context";
import { forbidden } from "../errors";

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
