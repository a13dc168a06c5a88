import { residents, userRoles, users } from "@/db/schema";
import { recordAudit } from "../audit/audit";
import { hashPassword } from "../auth/password";
import type { AnonCtx } from "../context";
import { appError } from "../errors";
import { t } from "../i18n/messages";
import { phoneTaken } from "./internal";
import { PRIVACY_NOTICE_VERSION, type RegisterResidentInput } from "./schemas";

/**
 * Public self-registration: a new entry in the resident register (一人一档) with the consent to the
 * privacy notice recorded (basis, version, time), and a resident account whose sign-in name is
 * the mobile number. A number already in use is refused (409) — and an existing register entry
 * with the same number is never linked automatically: whoever types a number is not proven to own
 * that person's file, so staff link the two after checking.
 */
export async function registerResident(ctx: AnonCtx, input: RegisterResidentInput): Promise<{ userId: number; residentId: number; username: string }> {
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(
    () => {
      if (phoneTaken(ctx.db, input.phone)) throw appError("conflict", t("register.phoneTaken"), { phone: [t("register.phoneTaken")] });
      const { id: residentId } = ctx.db
        .insert(residents)
        .values({ name: input.name, phone: input.phone, consentBasis: "consent", consentAt: ctx.now, consentVersion: PRIVACY_NOTICE_VERSION, createdAt: ctx.now })
        .returning({ id: residents.id })
        .get();
      const { id: userId } = ctx.db
        .insert(users)
        .values({ username: input.phone, name: input.name, phone: input.phone, passwordHash, residentId, passwordChangedAt: ctx.now, createdAt: ctx.now })
        .returning({ id: users.id })
        .get();
      ctx.db.insert(userRoles).values({ userId, role: "resident" }).run();
      recordAudit(ctx.db, {
        action: "resident.self_register",
        actorId: userId,
        actorUsername: input.phone,
        entityType: "resident",
        entityId: residentId,
        ip: ctx.ip,
        at: ctx.now,
        details: { consentBasis: "consent", consentVersion: PRIVACY_NOTICE_VERSION },
      });
      return { userId, residentId, username: input.phone };
    },
    { behavior: "immediate" },
  );
}
